//! Checks of "watch this moment": each source's `video` is a safe file
//! beside the lesson or an `https` address, and passages' times read as
//! `m:ss` or `h:mm:ss` and run forward within a section
//! (`crate::lesson::video` reads both).

use super::*;
use crate::lesson::video::{TimeProblem, Video, parse_time, parse_video};

impl Checker<'_> {
    pub(super) fn videos_and_times(&mut self, lesson: &Lesson) {
        for (i, source) in lesson.sources.iter().enumerate() {
            let Some(video) = &source.video else { continue };
            let path = format!("sources[{i}].video");
            match parse_video(video) {
                Err(problem) => {
                    self.error(&path, problem.message(video), Some(tr!("check-video.hint")))
                }
                Ok(Video::File(file)) => {
                    if let Some(folder) = self.folder
                        && !folder.join(&file).is_file()
                    {
                        self.warning(
                            &path,
                            tr!("check-video-missing", video = file.as_str()),
                            Some(tr!("check-video-missing.hint")),
                        );
                    }
                }
                Ok(Video::Address(_)) => {}
            }
        }
        for (s, section) in lesson.sections.iter().enumerate() {
            // The latest time so far in the section, and its passage's id.
            let mut latest: Option<(u32, &str, &str)> = None;
            for (i, passage) in section.passages.iter().enumerate() {
                let Some(time) = &passage.time else { continue };
                let path = format!("sections[{s}].passages[{i}].time");
                match parse_time(time) {
                    Err(TimeProblem::Malformed) => self.error(
                        &path,
                        tr!("check-time-malformed", time = time.as_str()),
                        Some(tr!("check-time-malformed.hint")),
                    ),
                    Err(TimeProblem::OutOfRange) => self.error(
                        &path,
                        tr!("check-time-out-of-range", time = time.as_str()),
                        Some(tr!("check-time-out-of-range.hint")),
                    ),
                    Ok(seconds) => {
                        if let Some((before, id, shown)) = latest
                            && seconds < before
                        {
                            self.warning(
                                &path,
                                tr!(
                                    "check-time-goes-back",
                                    id = passage.id.as_str(),
                                    time = time.as_str(),
                                    previous = id,
                                    previous_time = shown
                                ),
                                Some(tr!("check-time-goes-back.hint")),
                            );
                        } else {
                            latest = Some((seconds, &passage.id, time));
                        }
                    }
                }
            }
        }
    }
}
