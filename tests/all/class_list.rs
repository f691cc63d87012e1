//! The teacher's Monday from the command line (issue 26): a class list
//! (a roster CSV) that lists every student, hand-ins renamed on a stick
//! that keep their status, a class of 30 with hostile names, and the marks
//! in the layouts Canvas and Moodle import.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use crate::common::builders::{WorkBuilder, chosen, write_work, written};
use crate::common::{self, put};

use closereader::work::file::{HandInRecord, WorkFile};

/// `student`'s work on the base lesson: an answer to q1, and q3 (keyed 2)
/// and q4 (keyed 2 and 3) chosen as `q3`, `q4` (0-based), if given.
fn work(student: &str, q3: Option<usize>, q4: &[usize]) -> WorkFile {
    let mut builder = WorkBuilder::new()
        .answer("q1", written(format!("{student} says it is a claim")))
        .saved_at("2026-11-26T10:00:00Z");
    if let Some(q3) = q3 {
        builder = builder.answer("q3", chosen(&[q3]));
    }
    if !q4.is_empty() {
        builder = builder.answer("q4", chosen(q4));
    }
    builder.file("base", student)
}

/// `file` as "Hand in" writes it: with its hand-in record.
fn handed_in(mut file: WorkFile) -> WorkFile {
    file.hand_in = Some(HandInRecord {
        at: "2026-11-26T10:05:00.000Z".into(),
        copy: "a1b2c3".into(),
    });
    file
}

fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).expect("written");
    crate::class_folder::parse_csv(text.trim_start_matches('\u{feff}'))
}

/// `closereader class FOLDER --lesson <base> --roster ROSTER` and `more`,
/// run in `dir`.
fn class_command(dir: &Path, folder: &Path, roster: &str, more: &[&str]) -> (i32, String, String) {
    let lesson = common::base_lesson();
    let mut args = vec![
        "class",
        folder.to_str().unwrap(),
        "--lesson",
        lesson.to_str().unwrap(),
        "--roster",
        roster,
    ];
    args.extend_from_slice(more);
    common::closereader(&args, dir)
}

/// A stick copied flat: hand-ins renamed, a student not on the list, three
/// listed students with no work.
fn stick(root: &Path) {
    write_work(
        &root.join("handed-in-1.ron"),
        &handed_in(work("José María", Some(1), &[1, 2])),
    );
    write_work(
        &root.join("copy of copy.ron"),
        &handed_in(work("amira  k.", Some(0), &[1])),
    );
    // Work from a laptop's folder: not handed in.
    write_work(&root.join("laptop/leo.ron"), &work("Leo B", None, &[]));
    write_work(&root.join("zed.ron"), &work("Zed Unknown", Some(1), &[]));
}

#[test]
fn a_roster_lists_every_student_and_renamed_hand_ins_keep_their_status() {
    let dir = tempfile::tempdir().expect("temp dir");
    let class = dir.path().join("stick");
    stick(&class);
    put(
        &dir.path().join("names.csv"),
        "ID,Student,Section\n1,Amira K.,7B\n2,Jose Maria,7B\n3,Leo B,7B\n4,Noa Levi,7B\n5,Omar,7B\n6,Priya,7B\n",
    );
    let more = ["--csv", "out.csv", "--html", "out.html"];
    let (code, _, stderr) = class_command(dir.path(), &class, "names.csv", &more);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("3 students on the class list have no work in the folder"),
        "{stderr}"
    );
    let rows = read_csv(&dir.path().join("out.csv"));
    let head = &rows[0];
    let column = |name: &str| {
        head.iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no {name:?} in {head:?}"))
    };
    // Name, handed in, total, out of, points, comments, then answers.
    assert_eq!(
        &head[..5],
        [
            "Student",
            "On the class list",
            "Handed in",
            "Total",
            "Out of"
        ]
    );
    assert!(column("Q3 points (of 1)") < column("Comment"));
    assert!(column("Comment") < column("Q1: What is the claim?"));
    let names: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        names,
        [
            "Amira K.",
            "Jose Maria",
            "Leo B",
            "Noa Levi",
            "Omar",
            "Priya",
            "Zed Unknown"
        ],
        "every listed student in the list's order, then work not on the list"
    );
    let row = |name: &str| rows.iter().find(|r| r[0] == name).expect(name);
    let handed = column("Handed in");
    assert_eq!(
        row("Jose Maria")[handed],
        "yes",
        "renamed hand-in by content"
    );
    assert_eq!(row("Amira K.")[handed], "yes");
    assert_eq!(row("Leo B")[handed], "no", "work found, not handed in");
    for missing in ["Noa Levi", "Omar", "Priya"] {
        assert_eq!(row(missing)[handed], "not handed in");
        assert_eq!(row(missing)[column("Answered")], "no work found");
    }
    assert_eq!(row("Zed Unknown")[column("On the class list")], "no");
    // José: q3 right (1), q4 both keys (2 of 2 points? base q4 is worth 1).
    assert_eq!(row("Jose Maria")[column("Total")], "2");
    assert_eq!(row("Jose Maria")[column("Out of")], "2");
    // Amira: q3 wrong (0), q4 one of two keys: half of 1.
    assert_eq!(row("Amira K.")[column("Q4 points (of 1)")], "0.5");
    // Leo answered neither: "not answered", never 0, and no total.
    assert_eq!(row("Leo B")[column("Q3 points (of 1)")], "not answered");
    assert_eq!(row("Leo B")[column("Total")], "");
    assert!(rows.iter().all(|r| r.len() == head.len()), "{rows:?}");
    let html = std::fs::read_to_string(dir.path().join("out.html")).expect("report");
    assert!(
        html.contains("3 students on the class list have no work here"),
        "report counts"
    );
    assert!(html.contains("Priya"), "missing students are in the report");
}

#[test]
fn marks_are_written_as_canvas_and_moodle_import_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let class = dir.path().join("stick");
    stick(&class);
    put(
        &dir.path().join("canvas.csv"),
        "Student,ID,SIS User ID,SIS Login ID,Section,Old quiz (12)\n\
         Points Possible,,,,,10\n\
         \"K., Amira\",101,S-101,amira,7B,9\n\
         Leo B,103,S-103,leo,7B,8\n",
    );
    let run = |layout: &str, out: &str, roster: &str| {
        class_command(dir.path(), &class, roster, &["--grades", layout, out])
    };
    let (code, stdout, stderr) = run("canvas", "canvas-out.csv", "canvas.csv");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.trim(), "canvas-out.csv");
    let rows = read_csv(&dir.path().join("canvas-out.csv"));
    assert_eq!(
        rows[0],
        [
            "Student",
            "ID",
            "SIS User ID",
            "SIS Login ID",
            "Section",
            "Base lesson"
        ]
    );
    assert_eq!(rows[1][0], "Points Possible");
    assert_eq!(rows[1][5], "2", "q3 and q4 keyed, 1 point each");
    let leo = rows.iter().find(|r| r[0] == "Leo B").expect("Leo");
    assert_eq!(
        &leo[1..5],
        ["103", "S-103", "leo", "7B"],
        "ids from the roster"
    );
    assert_eq!(leo[5], "", "nothing marked: left as it is, never 0");
    assert!(rows.iter().all(|r| r.len() == 6), "{rows:?}");
    // One row per student: the listed two, then the work not on the list.
    assert_eq!(rows.len(), 2 + 2 + 2, "{rows:?}");

    put(
        &dir.path().join("moodle.csv"),
        "First name,Last name,ID number,Email address\nAmira,K.,A1,amira@school.test\n",
    );
    let (code, _, stderr) = run("moodle", "moodle-out.csv", "moodle.csv");
    assert_eq!(code, 0, "{stderr}");
    let rows = read_csv(&dir.path().join("moodle-out.csv"));
    assert_eq!(
        rows[0],
        [
            "First name",
            "Last name",
            "ID number",
            "Email address",
            "Base lesson"
        ]
    );
    assert_eq!(rows[1], ["Amira", "K.", "A1", "amira@school.test", "0.5"]);
    let jose = rows.iter().find(|r| r[0] == "José").expect("José, split");
    assert_eq!((jose[1].as_str(), jose[4].as_str()), ("María", "2"));

    let (code, _, stderr) = run("plain", "plain-out.csv", "moodle.csv");
    assert_eq!(code, 0, "{stderr}");
    let rows = read_csv(&dir.path().join("plain-out.csv"));
    assert_eq!(
        rows[0],
        [
            "Student",
            "Total",
            "Out of",
            "Q3 points (of 1)",
            "Q4 points (of 1)"
        ]
    );

    // A layout that is not one is refused, naming the three.
    let (code, _, stderr) = run("excel", "x.csv", "moodle.csv");
    assert_eq!(code, 1);
    assert!(stderr.contains("canvas, moodle or plain"), "{stderr}");
    assert!(!dir.path().join("x.csv").exists());
}

#[test]
fn a_class_of_30_with_hostile_names_loses_nobody() {
    let dir = tempfile::tempdir().expect("temp dir");
    let class = dir.path().join("class");
    let mut names: Vec<String> = (1..=22).map(|i| format!("Student {i:02}")).collect();
    names.extend(
        [
            "נועה",
            "محمد",
            "Lee 😀",
            "Lee 😃",
            "../../etc/passwd",
            "Cleo\u{202e}lireva",
            "Tab\there\u{7}",
            &format!("{}Whitfield", "Alexandra Konstantinopoulou-".repeat(3)),
        ]
        .map(String::from),
    );
    for (i, name) in names.iter().enumerate() {
        write_work(&class.join(format!("{i}.ron")), &work(name, Some(1), &[]));
    }
    let list: Vec<String> = names
        .iter()
        .filter(|n| !n.starts_with("Student 0"))
        .cloned()
        .chain(["Absent One".into(), "Absent Two".into()])
        .collect();
    put(&dir.path().join("names.txt"), &list.join("\n"));
    let (code, _, stderr) = class_command(dir.path(), &class, "names.txt", &["--csv", "out.csv"]);
    assert_eq!(code, 0, "{stderr}");
    let rows = read_csv(&dir.path().join("out.csv"));
    // 30 with work, 2 listed without: 32 rows, nobody twice.
    assert_eq!(
        rows.len(),
        1 + 32,
        "{:?}",
        rows.iter().map(|r| &r[0]).collect::<Vec<_>>()
    );
    let first: std::collections::HashSet<&String> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(first.len(), rows.len());
    assert!(
        !rows.iter().any(|r| r[0].contains('\u{202e}')),
        "overrides escaped"
    );
    assert!(rows.iter().any(|r| r[0] == "Lee 😀") && rows.iter().any(|r| r[0] == "Lee 😃"));
    let on_list = rows[0]
        .iter()
        .position(|h| h == "On the class list")
        .unwrap();
    assert_eq!(
        rows.iter().filter(|r| r[on_list] == "no").count(),
        9,
        "Student 01–09"
    );
    // Nothing was written outside the working folder.
    assert!(!dir.path().join("etc").exists());
}
