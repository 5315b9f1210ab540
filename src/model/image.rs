//! The region's emblem (*lambang daerah*) for the cover: a PNG or JPEG from the plan folder,
//! decoded enough to embed it in a PDF and inline it in HTML.

use crate::i18n::Message;
use crate::msg;

/// An image ready to embed.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    pub data: ImageData,
    /// The file as it was, for the HTML (`data:` URI) and the Markdown output.
    pub original: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ImageData {
    /// JPEG bytes, embedded as they are (`/DCTDecode`), with 1, 3 or 4 colour components.
    /// `inverted`: a CMYK JPEG with an Adobe APP14 marker, whose values are stored inverted
    /// (as Photoshop writes them); the PDF reads them through an inverting `/Decode`.
    Jpeg { components: u8, inverted: bool },
    /// Decoded pixels: 8-bit RGB, and an 8-bit alpha channel when the PNG has transparency.
    Pixels {
        rgb: Vec<u8>,
        alpha: Option<Vec<u8>>,
    },
}

/// The most pixels an emblem may have (4,096 × 4,096): a cover prints it a few centimetres
/// wide, and the limit is checked from the header, before anything is decoded.
pub const MAX_PIXELS: u64 = 4096 * 4096;

impl Image {
    pub fn extension(&self) -> &'static str {
        match self.data {
            ImageData::Jpeg { .. } => "jpg",
            ImageData::Pixels { .. } => "png",
        }
    }

    pub fn mime(&self) -> &'static str {
        match self.data {
            ImageData::Jpeg { .. } => "image/jpeg",
            ImageData::Pixels { .. } => "image/png",
        }
    }

    /// Read a PNG or JPEG; the error says what is wrong in a planner's terms.
    pub fn decode(bytes: &[u8]) -> Result<Image, Message> {
        if bytes.starts_with(&[0xFF, 0xD8]) {
            jpeg(bytes)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            png(bytes)
        } else {
            Err(msg!("image-not-png-or-jpeg"))
        }
    }
}

fn check_size(width: u64, height: u64) -> Result<(), Message> {
    if width == 0 || height == 0 {
        return Err(msg!("image-no-pixels"));
    }
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(msg!(
            "image-too-many-pixels",
            width = width,
            height = height,
            million = MAX_PIXELS / 1_000_000
        ));
    }
    Ok(())
}

/// The frame header's size and components, and whether an Adobe APP14 marker is present.
fn jpeg_header(bytes: &[u8]) -> Result<(u32, u32, u8, bool), Message> {
    let mut i = 2;
    let mut adobe = false;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            i += 1;
            continue;
        }
        let marker = bytes[i + 1];
        // Fill bytes and markers without a length.
        if marker == 0xFF || matches!(marker, 0x01 | 0xD0..=0xD8) {
            i += if marker == 0xFF { 1 } else { 2 };
            continue;
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        let segment = bytes.get(i + 4..i + 2 + len).unwrap_or(&[]);
        if marker == 0xEE && segment.starts_with(b"Adobe") {
            adobe = true;
        }
        // Start of frame: baseline, extended or progressive.
        if matches!(marker, 0xC0..=0xC2) {
            if segment.len() < 6 {
                break;
            }
            let height = u32::from(u16::from_be_bytes([segment[1], segment[2]]));
            let width = u32::from(u16::from_be_bytes([segment[3], segment[4]]));
            return Ok((width, height, segment[5], adobe));
        }
        if matches!(marker, 0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF) {
            return Err(msg!("image-jpeg-lossless"));
        }
        if marker == 0xDA || len < 2 {
            break;
        }
        i += 2 + len;
    }
    Err(msg!("image-jpeg-no-frame"))
}

fn jpeg(bytes: &[u8]) -> Result<Image, Message> {
    let (width, height, components, adobe) = jpeg_header(bytes)?;
    if !matches!(components, 1 | 3 | 4) {
        return Err(msg!("image-jpeg-unusual-frame"));
    }
    check_size(width.into(), height.into())?;
    // The bytes are embedded as they are, so decode them once to know they are whole: a
    // corrupt JPEG is refused here, not printed as grey noise.
    let options = zune_jpeg::zune_core::options::DecoderOptions::default()
        .set_strict_mode(true)
        .set_max_width(4096 * 4)
        .set_max_height(4096 * 4);
    let mut decoder =
        zune_jpeg::JpegDecoder::new_with_options(std::io::Cursor::new(bytes), options);
    decoder
        .decode()
        .map_err(|e| msg!("image-jpeg-damaged", detail = e.to_string()))?;
    Ok(Image {
        width,
        height,
        data: ImageData::Jpeg {
            components,
            inverted: components == 4 && adobe,
        },
        original: bytes.to_vec(),
    })
}

fn png(bytes: &[u8]) -> Result<Image, Message> {
    use png::{BitDepth, ColorType, Transformations};
    let damaged = |e: png::DecodingError| msg!("image-png-unreadable", detail = e.to_string());
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    // Palettes, 1-, 2- and 4-bit greys and transparency chunks become 8-bit channels;
    // 16-bit channels are cut to 8; interlaced images are put back in order.
    decoder.set_transformations(Transformations::EXPAND | Transformations::STRIP_16);
    decoder.set_limits(png::Limits {
        bytes: (MAX_PIXELS * 8) as usize,
    });
    let mut reader = decoder.read_info().map_err(damaged)?;
    {
        let info = reader.info();
        check_size(info.width.into(), info.height.into())?;
    }
    let size = reader.output_buffer_size().ok_or("a PNG of unusual size")?;
    let mut buf = vec![0u8; size];
    let frame = reader.next_frame(&mut buf).map_err(damaged)?;
    if frame.bit_depth != BitDepth::Eight {
        return Err(msg!("image-png-not-8-bit"));
    }
    let (width, height) = (frame.width, frame.height);
    let channels = match frame.color_type {
        ColorType::Grayscale => 1,
        ColorType::GrayscaleAlpha => 2,
        ColorType::Rgb => 3,
        ColorType::Rgba => 4,
        ColorType::Indexed => return Err(msg!("image-png-palette")),
    };
    let n = width as usize * height as usize;
    let stride = frame.line_size;
    let mut rgb = Vec::with_capacity(n * 3);
    let mut alpha = Vec::with_capacity(n);
    for row in buf.chunks(stride).take(height as usize) {
        for px in row.chunks_exact(channels).take(width as usize) {
            let (r, g, b, a) = match channels {
                1 => (px[0], px[0], px[0], 255),
                2 => (px[0], px[0], px[0], px[1]),
                3 => (px[0], px[1], px[2], 255),
                _ => (px[0], px[1], px[2], px[3]),
            };
            rgb.extend_from_slice(&[r, g, b]);
            alpha.push(a);
        }
    }
    if rgb.len() != n * 3 {
        return Err(msg!("image-png-short"));
    }
    let alpha = alpha.iter().any(|a| *a != 255).then_some(alpha);
    Ok(Image {
        width,
        height,
        data: ImageData::Pixels { rgb, alpha },
        original: bytes.to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!("tests/fixtures/images/{name}")).unwrap()
    }

    fn pixels(image: &Image) -> (&[u8], Option<&[u8]>) {
        match &image.data {
            ImageData::Pixels { rgb, alpha } => (rgb, alpha.as_deref()),
            ImageData::Jpeg { .. } => panic!("not decoded to pixels"),
        }
    }

    #[test]
    fn reads_the_pngs_real_offices_have() {
        for name in [
            "palette-1bit.png",
            "palette-2bit.png",
            "palette-4bit.png",
            "rgb-16bit.png",
            "rgba-16bit.png",
            "interlaced.png",
        ] {
            let image = Image::decode(&fixture(name))
                .unwrap_or_else(|e| panic!("{name}: {}", e.render(crate::i18n::Lang::En)));
            assert_eq!((image.width, image.height), (8, 6), "{name}");
            let (rgb, _) = pixels(&image);
            assert_eq!(rgb.len(), 8 * 6 * 3, "{name}");
        }
        // The 1-bit palette: black on the left, white on the right.
        let image = Image::decode(&fixture("palette-1bit.png")).unwrap();
        let (rgb, alpha) = pixels(&image);
        assert_eq!(&rgb[..3], [0, 0, 0]);
        assert_eq!(&rgb[7 * 3..8 * 3], [255, 255, 255]);
        assert_eq!(alpha, None);
        // 16-bit with half transparency keeps its alpha, cut to 8 bits.
        let image = Image::decode(&fixture("rgba-16bit.png")).unwrap();
        let (_, alpha) = pixels(&image);
        assert!(alpha.unwrap().iter().all(|a| (126..=129).contains(a)));
        // Interlaced: the gradient runs from red at the top to blue at the bottom.
        let image = Image::decode(&fixture("interlaced.png")).unwrap();
        let (rgb, _) = pixels(&image);
        assert!(rgb[0] > 200 && rgb[2] < 60, "{:?}", &rgb[..3]);
        assert!(rgb[5 * 8 * 3] < 60 && rgb[5 * 8 * 3 + 2] > 200);
    }

    #[test]
    fn a_cmyk_jpeg_from_photoshop_is_marked_inverted_and_a_corrupt_one_refused() {
        let image = Image::decode(&fixture("cmyk.jpg")).unwrap();
        assert_eq!(
            image.data,
            ImageData::Jpeg {
                components: 4,
                inverted: true
            }
        );
        let image = Image::decode(&fixture("rgb.jpg")).unwrap();
        assert_eq!(
            image.data,
            ImageData::Jpeg {
                components: 3,
                inverted: false
            }
        );
        let error = Image::decode(&fixture("corrupt.jpg"))
            .unwrap_err()
            .render(crate::i18n::Lang::En);
        assert!(error.contains("damaged"), "{error}");
        let rgb = fixture("rgb.jpg");
        assert!(Image::decode(&rgb[..rgb.len() / 2]).is_err());
        assert!(Image::decode(b"GIF89a").is_err());
    }

    /// A PNG header for `width` × `height` with valid checksums and a token of image data.
    fn png_header(width: u32, height: u32) -> Vec<u8> {
        fn crc(bytes: &[u8]) -> u32 {
            let mut c = 0xFFFF_FFFFu32;
            for b in bytes {
                c ^= u32::from(*b);
                for _ in 0..8 {
                    c = if c & 1 != 0 {
                        0xEDB8_8320 ^ (c >> 1)
                    } else {
                        c >> 1
                    };
                }
            }
            !c
        }
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut chunk = |kind: &[u8], data: &[u8]| {
            out.extend_from_slice(&(data.len() as u32).to_be_bytes());
            let mut body = kind.to_vec();
            body.extend_from_slice(data);
            out.extend_from_slice(&body);
            out.extend_from_slice(&crc(&body).to_be_bytes());
        };
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&width.to_be_bytes());
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
        chunk(b"IHDR", &ihdr);
        chunk(b"IDAT", &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        chunk(b"IEND", &[]);
        out
    }

    #[test]
    fn a_huge_emblem_is_refused_from_its_header_before_decoding() {
        let error = Image::decode(&png_header(10_000, 10_000))
            .unwrap_err()
            .render(crate::i18n::Lang::En);
        assert!(error.contains("10000 × 10000 pixels"), "{error}");
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0];
        jpeg.extend_from_slice(&[0xFF, 0xC0, 0, 11, 8, 0x27, 0x10, 0x27, 0x10, 3, 0, 0, 0, 0]);
        let error = Image::decode(&jpeg)
            .unwrap_err()
            .render(crate::i18n::Lang::En);
        assert!(error.contains("10000 × 10000 pixels"), "{error}");
    }
}
