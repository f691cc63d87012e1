//! Peak memory of decoding one lesson picture, for `benches/memory.sh`:
//! `decode_picture make-deep PATH` writes an 8192×8192 PNG at 16 bits a
//! channel (535 KB of one colour); `decode_picture new PATH` decodes it as
//! the app does (at the size shown); `decode_picture whole PATH` decodes it
//! as versions before issue 23 did (whole, then scaled down), for the
//! "before" figure.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::Cursor;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (mode, path) = (args[1].as_str(), &args[2]);
    match mode {
        "make-deep" => {
            let file = std::fs::File::create(path).expect("create");
            let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), 8192, 8192);
            encoder.set_color(png::ColorType::Rgba);
            encoder.set_depth(png::BitDepth::Sixteen);
            encoder.set_compression(png::Compression::High);
            let mut writer = encoder.write_header().expect("header");
            let mut stream = writer.stream_writer().expect("stream");
            let row = [0_u8, 0, 255, 255, 0, 0, 255, 255].repeat(8192);
            for _ in 0..8192 {
                std::io::Write::write_all(&mut stream, &row).expect("row");
            }
            stream.finish().expect("finish");
        }
        "new" => {
            let picture = closereader::picture::load_picture(path.as_ref()).expect("decode");
            println!("{}×{}", picture.width, picture.height);
        }
        "whole" => {
            let bytes = std::fs::read(path).expect("read");
            let image = image::ImageReader::new(Cursor::new(bytes))
                .with_guessed_format()
                .expect("format")
                .decode()
                .expect("decode");
            let rgba = image.thumbnail(2048, 2048).to_rgba8();
            println!("{}×{}", rgba.width(), rgba.height());
        }
        _ => eprintln!("usage: decode_picture make-deep|new|whole PATH"),
    }
}
