//! Input/output errors in plain words. One place, so a student saving work,
//! a teacher checking a lesson and a script exporting a class all read the
//! same words, never "os error 21". Callers name what was being read or
//! written ("could not save … : the disk is full").

use std::io::{self, ErrorKind};

/// What went wrong, in words a student or teacher understands.
pub fn plain_words(error: &io::Error) -> String {
    let words = match error.kind() {
        ErrorKind::NotFound => "there is no such file or folder",
        ErrorKind::PermissionDenied => "permission denied (this account may not use it)",
        ErrorKind::StorageFull => "the disk is full",
        ErrorKind::QuotaExceeded => "the disk space allowed for this account is used up",
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only",
        ErrorKind::IsADirectory => "it is a folder, not a file",
        ErrorKind::NotADirectory => "part of the path is a file, not a folder",
        ErrorKind::DirectoryNotEmpty => "the folder is not empty",
        ErrorKind::AlreadyExists => "a file with that name already exists",
        ErrorKind::FileTooLarge => "the file is too large for this disk",
        ErrorKind::InvalidFilename => "the name is not allowed on this disk",
        ErrorKind::TimedOut => "the disk or network did not answer in time",
        ErrorKind::StaleNetworkFileHandle => "the network folder went away",
        ErrorKind::NetworkUnreachable | ErrorKind::HostUnreachable | ErrorKind::NetworkDown => {
            "the network folder cannot be reached"
        }
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => {
            "another program is using it; try again in a moment"
        }
        ErrorKind::CrossesDevices => "it cannot be moved to another disk in one step",
        ErrorKind::InvalidData => "it is not readable text",
        ErrorKind::UnexpectedEof => "it ended too early",
        _ => return system_words(error),
    };
    words.to_owned()
}

/// The system's own description without its "(os error N)" tail, lower-case
/// first, for the rare errors that have no words above.
fn system_words(error: &io::Error) -> String {
    let text = error.to_string();
    let text = match text.rfind(" (os error ") {
        Some(at) => &text[..at],
        None => text.as_str(),
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => "an unknown error".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_errors_have_plain_words_and_no_error_numbers() {
        assert_eq!(
            plain_words(&io::Error::from(ErrorKind::StorageFull)),
            "the disk is full"
        );
        assert_eq!(
            plain_words(&io::Error::from(ErrorKind::IsADirectory)),
            "it is a folder, not a file"
        );
        #[cfg(unix)]
        {
            // EIO: "Input/output error (os error 5)".
            let eio = io::Error::from_raw_os_error(5);
            assert_eq!(plain_words(&eio), "input/output error");
            let enotdir = io::Error::from_raw_os_error(20);
            assert_eq!(
                plain_words(&enotdir),
                "part of the path is a file, not a folder"
            );
        }
    }
}
