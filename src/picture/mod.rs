//! Pictures in lessons (a screenshot of a web page, a chart): read and
//! decoded on a background thread, PNG and JPEG only, with caps on the
//! file's size and the picture's dimensions. A picture is decoded at the
//! size it is shown, never at full size: PNG rows are scaled down as they
//! arrive, JPEG is decoded at a fraction of its size; one picture is
//! decoded at a time, so the memory a lesson's pictures take stays small
//! whatever the files hold. Knows nothing of the window.

mod shrink;

use std::io::Cursor;
use std::path::Path;
use std::sync::Mutex;

use shrink::Shrinker;
pub use shrink::fitted;

use crate::tr;

/// A picture file larger than this is refused.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// A picture wider or taller than this is refused.
pub const MAX_SIDE: u32 = 8192;
/// Pictures are decoded at most this wide and tall.
pub const SHOWN_SIDE: u32 = 2048;
/// At most this much memory for a decoder's own buffers (an interlaced
/// PNG or a progressive JPEG must be held whole while it is decoded).
const DECODER_BYTES: usize = 96 * 1024 * 1024;

/// One picture is decoded at a time (a lesson opening several sections'
/// pictures at once never holds several decoders' memory).
static DECODING: Mutex<()> = Mutex::new(());

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
        return Err(tr!(
            "sys-picture-file-too-large",
            size = size / (1024 * 1024),
            max = MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    decode_picture(&std::fs::read(path).map_err(unreadable)?)
}

/// Decodes PNG or JPEG bytes (by what they are, not by the file's name),
/// at most [`SHOWN_SIDE`] wide and tall.
pub fn decode_picture(bytes: &[u8]) -> Result<Picture, String> {
    // A decode that panicked elsewhere leaves nothing behind to protect.
    let _one_at_a_time = DECODING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let picture = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        decode_png(bytes)
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        decode_jpeg(bytes)
    } else {
        Err(tr!("sys-picture-not-png-or-jpeg"))
    }?;
    // The window trusts these sizes: they must add up.
    if picture.rgba.len() != picture.width * picture.height * 4 {
        return Err(tr!("sys-picture-rows-do-not-add-up"));
    }
    Ok(picture)
}

/// Refuses a picture larger than [`MAX_SIDE`].
fn check_size(width: u32, height: u32) -> Result<(), String> {
    if width == 0 || height == 0 {
        return Err(tr!("sys-picture-no-pixels"));
    }
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(tr!(
            "sys-picture-too-many-pixels",
            width = width,
            height = height,
            max = MAX_SIDE
        ));
    }
    Ok(())
}

fn decode_png(bytes: &[u8]) -> Result<Picture, String> {
    let damaged = |e: png::DecodingError| tr!("sys-picture-damaged", why = e.to_string());
    let mut decoder = png::Decoder::new_with_limits(
        Cursor::new(bytes),
        png::Limits {
            bytes: DECODER_BYTES,
        },
    );
    // Every kind of PNG comes out as 8-bit grey or colour, with or
    // without alpha.
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(damaged)?;
    let (width, height) = (reader.info().width, reader.info().height);
    check_size(width, height)?;
    let (colour, _) = reader.output_color_type();
    let target = fitted(width, height, SHOWN_SIDE);
    let mut shrink = Shrinker::new((width, height), target);
    let mut rgba = Vec::with_capacity(width as usize * 4);
    if reader.info().interlaced {
        // Interlaced rows come in passes: the decoder holds it whole (its
        // own limit refuses one too large).
        let size = reader
            .output_buffer_size()
            .ok_or_else(|| tr!("sys-picture-too-large"))?;
        let mut frame = vec![0; size];
        reader.next_frame(&mut frame).map_err(damaged)?;
        let line = frame.len() / height as usize;
        for (y, row) in frame.chunks_exact(line).enumerate() {
            to_rgba(row, colour, &mut rgba);
            shrink.push_row(y as u32, &rgba);
        }
    } else {
        let mut y = 0;
        while let Some(row) = reader.next_row().map_err(damaged)? {
            to_rgba(row.data(), colour, &mut rgba);
            shrink.push_row(y, &rgba);
            y += 1;
        }
    }
    Ok(Picture {
        width: target.0 as usize,
        height: target.1 as usize,
        rgba: shrink.finish(),
    })
}

/// One row of 8-bit PNG pixels as RGBA.
fn to_rgba(row: &[u8], colour: png::ColorType, out: &mut Vec<u8>) {
    out.clear();
    match colour {
        png::ColorType::Grayscale => row.iter().for_each(|&v| out.extend([v, v, v, 255])),
        png::ColorType::GrayscaleAlpha => row
            .chunks_exact(2)
            .for_each(|p| out.extend([p[0], p[0], p[0], p[1]])),
        png::ColorType::Rgb => row
            .chunks_exact(3)
            .for_each(|p| out.extend([p[0], p[1], p[2], 255])),
        // Rgba, and Indexed (expanded to Rgb or Rgba before it gets here).
        _ => out.extend_from_slice(row),
    }
}

fn decode_jpeg(bytes: &[u8]) -> Result<Picture, String> {
    let damaged = |e: jpeg_decoder::Error| tr!("sys-picture-damaged", why = e.to_string());
    let mut decoder = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    decoder.set_max_decoding_buffer_size(DECODER_BYTES);
    decoder.read_info().map_err(damaged)?;
    let info = decoder
        .info()
        .ok_or_else(|| tr!("sys-picture-unreadable"))?;
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    check_size(width, height)?;
    // JPEG decodes at 1/2, 1/4 or 1/8 of its size almost for free: the
    // smallest of those at least as large as the picture is shown.
    let target = fitted(width, height, SHOWN_SIDE);
    let (w, h) = decoder
        .scale(target.0 as u16, target.1 as u16)
        .map_err(damaged)?;
    let pixels = decoder.decode().map_err(damaged)?;
    let (w, h) = (u32::from(w), u32::from(h));
    let channels = match info.pixel_format {
        jpeg_decoder::PixelFormat::L8 => 1,
        jpeg_decoder::PixelFormat::L16 => 2,
        jpeg_decoder::PixelFormat::RGB24 => 3,
        jpeg_decoder::PixelFormat::CMYK32 => 4,
    };
    let line = w as usize * channels;
    let mut shrink = Shrinker::new((w, h), fitted(w, h, SHOWN_SIDE));
    let mut rgba = Vec::with_capacity(w as usize * 4);
    for (y, row) in pixels.chunks_exact(line.max(1)).enumerate() {
        rgba.clear();
        for p in row.chunks_exact(channels) {
            rgba.extend(match info.pixel_format {
                jpeg_decoder::PixelFormat::L8 => [p[0], p[0], p[0], 255],
                // Big-endian 16-bit grey: its high byte.
                jpeg_decoder::PixelFormat::L16 => [p[0], p[0], p[0], 255],
                jpeg_decoder::PixelFormat::RGB24 => [p[0], p[1], p[2], 255],
                // Adobe's inverted CMYK, as JPEG files store it.
                jpeg_decoder::PixelFormat::CMYK32 => {
                    let k = u16::from(p[3]);
                    let ink = |c: u8| (u16::from(c) * k / 255) as u8;
                    [ink(p[0]), ink(p[1]), ink(p[2]), 255]
                }
            });
        }
        shrink.push_row(y as u32, &rgba);
    }
    let (width, height) = fitted(w, h, SHOWN_SIDE);
    Ok(Picture {
        width: width as usize,
        height: height as usize,
        rgba: shrink.finish(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::ImageFormat;

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

    /// `image` encoded as PNG (its colour type and depth as they are).
    fn png_of(image: image::DynamicImage) -> Vec<u8> {
        let mut bytes = Cursor::new(Vec::new());
        image
            .write_to(&mut bytes, ImageFormat::Png)
            .expect("encode");
        bytes.into_inner()
    }

    #[test]
    fn every_kind_of_png_comes_out_as_rgba() {
        let grey = image::GrayImage::from_pixel(3, 2, image::Luma([90]));
        let p = decode_picture(&png_of(grey.into())).expect("grey");
        assert_eq!(&p.rgba[..4], &[90, 90, 90, 255]);
        let grey_alpha = image::GrayAlphaImage::from_pixel(3, 2, image::LumaA([90, 10]));
        let p = decode_picture(&png_of(grey_alpha.into())).expect("grey and alpha");
        assert_eq!(&p.rgba[..4], &[90, 90, 90, 10]);
        let deep = image::ImageBuffer::<image::Rgba<u16>, _>::from_pixel(
            5,
            4,
            image::Rgba([65535, 32896, 0, 65535]),
        );
        let p = decode_picture(&png_of(image::DynamicImage::ImageRgba16(deep))).expect("16-bit");
        assert_eq!((p.width, p.height), (5, 4));
        assert_eq!(&p.rgba[..4], &[255, 128, 0, 255]);
    }

    #[test]
    fn a_huge_deep_png_is_decoded_at_the_size_shown() {
        // The widest allowed, at 16 bits a channel, is scaled as it is
        // read (the 8192×8192 case and its peak memory are measured in
        // benches/memory.sh).
        let deep = image::ImageBuffer::<image::Rgba<u16>, _>::from_pixel(
            8192,
            512,
            image::Rgba([0, 65535, 0, 65535]),
        );
        let bytes = png_of(image::DynamicImage::ImageRgba16(deep));
        let p = decode_picture(&bytes).expect("decoded");
        assert_eq!((p.width, p.height), (2048, 128));
        assert_eq!(&p.rgba[..4], &[0, 255, 0, 255]);
    }

    #[test]
    fn a_large_jpeg_is_decoded_at_a_fraction_of_its_size() {
        let big =
            decode_picture(&encoded(6000, 3000, [30, 30, 200], ImageFormat::Jpeg)).expect("jpeg");
        assert_eq!((big.width, big.height), (2048, 1024));
        assert!(big.rgba[2] > 150, "{:?}", &big.rgba[..4]);
    }

    #[test]
    fn pictures_larger_than_the_cap_or_empty_are_refused_in_words() {
        let wide = image::RgbImage::from_pixel(MAX_SIDE + 1, 1, image::Rgb([0, 0, 0]));
        let error = decode_picture(&png_of(wide.into())).expect_err("too wide");
        assert!(error.contains("at most 8192×8192"), "{error}");
    }

    #[test]
    fn large_pictures_are_scaled_down_to_what_a_screen_shows() {
        let big = decode_picture(&encoded(4000, 1000, [0, 128, 0], ImageFormat::Png)).expect("png");
        assert_eq!((big.width, big.height), (2048, 512));
        assert_eq!(big.rgba.len(), 2048 * 512 * 4);
    }
}
