//! Pictures in lessons (a screenshot of a web page, a chart): read and
//! decoded on a background thread, PNG and JPEG only, with caps on the
//! file's size and the picture's dimensions; large pictures are scaled
//! down to what a screen can show. Knows nothing of the window.

use std::io::Cursor;
use std::path::Path;

use image::{ImageFormat, ImageReader, Limits};

/// A picture file larger than this is refused.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// A picture wider or taller than this is refused (decoding it would take
/// hundreds of megabytes).
pub const MAX_SIDE: u32 = 8192;
/// Pictures are scaled down to at most this wide and tall.
pub const SHOWN_SIDE: u32 = 2048;

/// A decoded picture: RGBA pixels, row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// Four bytes a pixel (red, green, blue, alpha), not premultiplied.
    pub rgba: Vec<u8>,
}

/// Reads and decodes the picture at `path` (on a background thread).
pub fn load_picture(path: &Path) -> Result<Picture, String> {
    let unreadable = |e: std::io::Error| crate::io_error::plain_words(&e);
    crate::work::disk::refuse_if_not_a_file(path).map_err(unreadable)?;
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        return Err(format!(
            "it is {} MB; pictures in lessons can be at most {} MB",
            size / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    decode_picture(&std::fs::read(path).map_err(unreadable)?)
}

/// Decodes PNG or JPEG bytes (by what they are, not by the file's name).
pub fn decode_picture(bytes: &[u8]) -> Result<Picture, String> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| "it could not be read".to_owned())?;
    match reader.format() {
        Some(ImageFormat::Png | ImageFormat::Jpeg) => {}
        _ => return Err("it is not a PNG or JPEG picture".to_owned()),
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    reader.limits(limits);
    let image = reader
        .decode()
        .map_err(|e| format!("it could not be decoded ({e})"))?;
    let image = if image.width() > SHOWN_SIDE || image.height() > SHOWN_SIDE {
        image.thumbnail(SHOWN_SIDE, SHOWN_SIDE)
    } else {
        image
    };
    let rgba = image.to_rgba8();
    Ok(Picture {
        width: rgba.width() as usize,
        height: rgba.height() as usize,
        rgba: rgba.into_raw(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `width`×`height` picture of one colour, encoded as `format`.
    pub(crate) fn encoded(width: u32, height: u32, rgb: [u8; 3], format: ImageFormat) -> Vec<u8> {
        let image = image::RgbImage::from_pixel(width, height, image::Rgb(rgb));
        let mut bytes = Cursor::new(Vec::new());
        image.write_to(&mut bytes, format).expect("encode");
        bytes.into_inner()
    }

    #[test]
    fn png_and_jpeg_decode_to_their_pixels() {
        let png = decode_picture(&encoded(8, 4, [200, 30, 30], ImageFormat::Png)).expect("png");
        assert_eq!((png.width, png.height), (8, 4));
        assert_eq!(&png.rgba[..4], &[200, 30, 30, 255]);
        let jpeg =
            decode_picture(&encoded(16, 16, [30, 30, 200], ImageFormat::Jpeg)).expect("jpeg");
        assert_eq!((jpeg.width, jpeg.height), (16, 16));
        // JPEG is lossy: the colour comes back close.
        assert!(
            jpeg.rgba[2] > 150 && jpeg.rgba[0] < 80,
            "{:?}",
            &jpeg.rgba[..4]
        );
    }

    #[test]
    fn other_formats_and_damaged_files_are_refused_in_words() {
        let gif = b"GIF89a\\x01\\x00\\x01\\x00\\x00\\x00\\x00;";
        assert_eq!(
            decode_picture(gif),
            Err("it is not a PNG or JPEG picture".to_owned())
        );
        let mut png = encoded(8, 8, [0, 0, 0], ImageFormat::Png);
        png.truncate(png.len() / 2);
        assert!(decode_picture(&png).is_err_and(|e| e.starts_with("it could not be decoded")));
        assert!(decode_picture(b"not a picture").is_err());
    }

    #[test]
    fn large_pictures_are_scaled_down_to_what_a_screen_shows() {
        let big = decode_picture(&encoded(4000, 1000, [0, 128, 0], ImageFormat::Png)).expect("png");
        assert_eq!((big.width, big.height), (2048, 512));
        assert_eq!(big.rgba.len(), 2048 * 512 * 4);
    }
}
