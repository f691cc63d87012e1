//! For docs/screenshots.sh: signs the unsigned parts of a feedback file
//! with the teacher key kept in a data folder (made there if missing), as
//! the class view would have, and prints the key for classroom.ron.
//! `sign_feedback DATA_DIR FILE.feedback.ron`

#![allow(clippy::expect_used, clippy::unwrap_used)]

use closereader::feedback::Feedback;
use closereader::feedback::signing::TeacherKey;
use closereader::work::disk::RealDisk;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let key = TeacherKey::load_or_create(&RealDisk, args[1].as_ref()).expect("teacher key");
    let path = &args[2];
    let mut feedback = Feedback::parse(&std::fs::read(path).expect("read")).expect("feedback");
    let (lesson, student) = (feedback.lesson_id.clone(), feedback.student.clone());
    for part in feedback.teachers.iter_mut().filter(|p| p.key.is_empty()) {
        key.sign(&lesson, &student, part);
    }
    std::fs::write(path, feedback.to_text()).expect("write");
    println!("{}", key.public());
}
