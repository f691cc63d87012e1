//! Close Reader: an offline desktop app for media-literacy lessons.
//!
//! The library holds everything but the thin `main`: the lesson model and its
//! checker ([`lesson`]), a student's work ([`work`]), the teacher's feedback on
//! it ([`feedback`]), exports ([`export`]), a class's work ([`class`]), the
//! lesson library ([`library`]), the app's screens ([`ui`]) and the command
//! line ([`cli`]). Each layer uses only those before it in that list (and
//! small helpers: [`filename`], [`clock`], [`hash`], [`io_error`],
//! [`emoji_names`]).

pub mod bidi;
pub mod class;
pub mod classroom;
pub mod cli;
pub mod clock;
pub mod emoji_names;
pub mod export;
pub mod feedback;
pub mod filename;
pub mod hash;
pub mod io_error;
pub mod lesson;
pub mod library;
pub mod picture;
pub mod player;
pub mod speech;
pub mod translation;
pub mod ui;
pub mod wording;
pub mod words;
pub mod work;
