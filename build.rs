//! Compresses the embedded font programs once, at build time, so that no PDF export pays
//! for it (a whole-process `seloste export` would otherwise spend about 3 ms on it).

// A build script writes its outputs itself (clippy.toml reserves file writes for `store`).
#![allow(clippy::disallowed_methods)]

use std::io::Write as _;
use std::path::Path;

fn main() {
    let out = std::env::var_os("OUT_DIR").map(std::path::PathBuf::from).unwrap_or_default();
    for name in ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"] {
        let src = Path::new("assets/fonts").join(name);
        println!("cargo::rerun-if-changed={}", src.display());
        let data = std::fs::read(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(&data)
            .and_then(|()| z.finish())
            .and_then(|packed| std::fs::write(out.join(format!("{name}.zlib")), packed))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}
