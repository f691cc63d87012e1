//! Close Reader: an offline desktop app for media-literacy lessons.
//!
//! The library holds everything but the thin `main`: the lesson model and its
//! checker ([`lesson`]), and the command line ([`cli`]).

pub mod cli;
pub mod lesson;
