//! Peak memory of showing a 3.9 MB answer on a class page, for
//! `benches/memory.sh`: `long_answer_memory whole` lays the answer
//! out as one label, as the class view did before issue 23; `long_answer_memory
//! part` shows it as the class view does now (a part, and "Show more").
//! Prints the process's peak resident memory (Linux).

#![allow(clippy::expect_used, clippy::unwrap_used)]

use egui_kittest::Harness;

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let answer = "The report says the system is a blacklist. ".repeat(90_000); // ≈ 3.9 MB
    let mut harness = Harness::builder()
        .with_size([1024.0, 600.0])
        .build_ui(move |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| match mode.as_str() {
                "whole" => {
                    ui.label(&answer);
                }
                _ => closereader::ui::long_text::long_text_ui(
                    ui,
                    egui::Id::unique("answer"),
                    &answer,
                ),
            });
        });
    harness.run_steps(3);
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status
        .lines()
        .find(|l| l.starts_with("VmHWM"))
        .unwrap_or("VmHWM: unknown");
    println!("{peak}");
}
