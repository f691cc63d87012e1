//! Input/output errors in plain words. One place, so a student saving work,
//! a teacher checking a lesson and a script exporting a class all read the
//! same words, never "os error 21". Callers name what was being read or
//! written ("could not save … : the disk is full").

use std::io::{self, ErrorKind};

use crate::tr;

/// What went wrong, in words a student or teacher understands.
pub fn plain_words(error: &io::Error) -> String {
    match error.kind() {
        ErrorKind::NotFound => tr!("sys-io-not-found"),
        ErrorKind::PermissionDenied => tr!("sys-io-permission-denied"),
        ErrorKind::StorageFull => tr!("sys-io-storage-full"),
        ErrorKind::QuotaExceeded => tr!("sys-io-quota-exceeded"),
        ErrorKind::ReadOnlyFilesystem => tr!("sys-io-read-only"),
        ErrorKind::IsADirectory => tr!("sys-io-is-a-folder"),
        ErrorKind::NotADirectory => tr!("sys-io-not-a-folder"),
        ErrorKind::DirectoryNotEmpty => tr!("sys-io-folder-not-empty"),
        ErrorKind::AlreadyExists => tr!("sys-io-already-exists"),
        ErrorKind::FileTooLarge => tr!("sys-io-file-too-large"),
        ErrorKind::InvalidFilename => tr!("sys-io-invalid-name"),
        ErrorKind::TimedOut => tr!("sys-io-timed-out"),
        ErrorKind::StaleNetworkFileHandle => tr!("sys-io-network-folder-gone"),
        ErrorKind::NetworkUnreachable | ErrorKind::HostUnreachable | ErrorKind::NetworkDown => {
            tr!("sys-io-network-unreachable")
        }
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => tr!("sys-io-busy"),
        ErrorKind::CrossesDevices => tr!("sys-io-crosses-disks"),
        ErrorKind::InvalidData => tr!("sys-io-not-text"),
        ErrorKind::UnexpectedEof => tr!("sys-io-ended-early"),
        _ => system_words(error),
    }
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
        None => tr!("sys-io-unknown"),
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
