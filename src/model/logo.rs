//! An organisation's logo for its posters: a PNG file in the workspace folder.

use std::sync::Arc;

/// The largest logo file accepted, in bytes.
pub const MAX_LOGO_BYTES: usize = 2 * 1024 * 1024;

/// The file names a logo is looked for under in the workspace folder, in order.
pub const LOGO_FILES: [&str; 2] = ["logo.png", "logo.PNG"];

/// A logo: the bytes of a PNG image (ISO/IEC 15948, W3C PNG) and its size in pixels, read
/// from its IHDR header. The bytes are shared, so a logo is cheap to clone into every page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Logo {
    /// The PNG file.
    pub png: Arc<[u8]>,
    /// Width in pixels (at least 1).
    pub width: u32,
    /// Height in pixels (at least 1).
    pub height: u32,
}

/// Why bytes are not a usable logo.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LogoError {
    /// Not a PNG file (no PNG signature and IHDR header).
    #[error("not a PNG image (the logo must be a PNG file)")]
    NotPng,
    /// Larger than [`MAX_LOGO_BYTES`].
    #[error("the logo is {0} bytes; at most {MAX_LOGO_BYTES} are accepted")]
    TooLarge(usize),
    /// A width or height of 0, or over 20,000 pixels.
    #[error("the logo is {0} x {1} pixels; each side must be 1-20000")]
    BadSize(u32, u32),
}

impl Logo {
    /// Reads the size from the PNG header (the 8-byte signature, then the IHDR chunk with
    /// the width and height as big-endian 32-bit numbers). The image data is checked when the
    /// PDF is written.
    ///
    /// # Errors
    /// [`LogoError`] when the bytes are too many, not a PNG, or of an impossible size.
    pub fn from_png(bytes: Vec<u8>) -> Result<Logo, LogoError> {
        const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(LogoError::TooLarge(bytes.len()));
        }
        if bytes.len() < 24 || bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
            return Err(LogoError::NotPng);
        }
        let number = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
        let (width, height) = (number(16), number(20));
        if !(1..=20_000).contains(&width) || !(1..=20_000).contains(&height) {
            return Err(LogoError::BadSize(width, height));
        }
        Ok(Logo { png: bytes.into(), width, height })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_header(width: u32, height: u32) -> Vec<u8> {
        let mut b = vec![0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n', 0, 0, 0, 13];
        b.extend(b"IHDR");
        b.extend(width.to_be_bytes());
        b.extend(height.to_be_bytes());
        b.extend([8, 6, 0, 0, 0]);
        b
    }

    #[test]
    fn reads_the_size_and_refuses_what_is_not_a_png() {
        let logo = Logo::from_png(png_header(400, 120)).expect("a PNG header");
        assert_eq!((logo.width, logo.height), (400, 120));
        assert_eq!(Logo::from_png(b"GIF89a not a png at all....".to_vec()), Err(LogoError::NotPng));
        assert_eq!(Logo::from_png(Vec::new()), Err(LogoError::NotPng));
        assert_eq!(Logo::from_png(png_header(0, 10)), Err(LogoError::BadSize(0, 10)));
        let huge = vec![0; MAX_LOGO_BYTES + 1];
        assert_eq!(Logo::from_png(huge), Err(LogoError::TooLarge(MAX_LOGO_BYTES + 1)));
    }
}
