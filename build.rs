//! Compresses the fonts that are loaded only when first needed (Chinese,
//! Arabic, Hebrew, Devanagari, Thai, emoji) into `OUT_DIR`, where
//! `src/ui/fonts.rs` compiles them in: 447 KB off the program's size, paid
//! back by a few milliseconds of unpacking the first time a script shows.
//! The fonts in `assets/fonts/` stay the plain files the subset scripts make.

use std::path::Path;

/// The fonts compressed, by file name in `assets/fonts/`.
const LAZY_FONTS: [&str; 6] = [
    "NotoSansSC-Subset.otf",
    "NotoSansArabic-Subset.ttf",
    "NotoSansHebrew-Subset.ttf",
    "NotoSansDevanagari-Subset.ttf",
    "NotoSansThai-Subset.ttf",
    "NotoEmoji-Subset.ttf",
];

/// miniz_oxide's best (slowest) level: done once per build, and only again
/// when a font changes.
const LEVEL: u8 = 10;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out_dir = std::env::var("OUT_DIR")?;
    for name in LAZY_FONTS {
        let source = Path::new("assets/fonts").join(name);
        println!("cargo::rerun-if-changed={}", source.display());
        let font = std::fs::read(&source)?;
        let packed = miniz_oxide::deflate::compress_to_vec(&font, LEVEL);
        std::fs::write(Path::new(&out_dir).join(format!("{name}.deflate")), packed)?;
    }
    println!("cargo::rerun-if-changed=build.rs");
    Ok(())
}
