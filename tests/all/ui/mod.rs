//! Real flows through the app, driven headless by egui_kittest with its
//! accessibility check (every input has a name) and missing-glyph check on.

mod answering;
mod class_reading;
mod class_view;
mod documents;
mod export_history;
mod feedback;
mod focus;
mod hand_in;
mod harness;
mod highlights;
mod keyboard;
mod marking;
mod pictures;
mod preview;
mod quotations;
mod reading;
mod reading_stops;
mod reading_supports;
mod saving;
mod scripts;
mod slow_share;
mod small_screen;
mod start;
mod typing_through;
mod watching;
