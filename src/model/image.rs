//! The region's emblem (*lambang daerah*) for the cover: a PNG or JPEG from the plan folder,
//! decoded enough to embed it in a PDF and inline it in HTML.

use std::io::Read as _;

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
    Jpeg { components: u8 },
    /// Decoded pixels: 8-bit RGB, and an 8-bit alpha channel when the PNG has transparency.
    Pixels {
        rgb: Vec<u8>,
        alpha: Option<Vec<u8>>,
    },
}

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
    pub fn decode(bytes: &[u8]) -> Result<Image, String> {
        if bytes.starts_with(&[0xFF, 0xD8]) {
            jpeg(bytes)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            png(bytes)
        } else {
            Err("not a PNG or JPEG image".into())
        }
    }
}

fn jpeg(bytes: &[u8]) -> Result<Image, String> {
    let mut i = 2;
    while i + 9 < bytes.len() {
        if bytes[i] != 0xFF {
            i += 1;
            continue;
        }
        let marker = bytes[i + 1];
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        // Start of frame: baseline, extended or progressive.
        if matches!(marker, 0xC0..=0xC2) {
            let height = u32::from(u16::from_be_bytes([bytes[i + 5], bytes[i + 6]]));
            let width = u32::from(u16::from_be_bytes([bytes[i + 7], bytes[i + 8]]));
            let components = bytes[i + 9];
            if width == 0 || height == 0 || !matches!(components, 1 | 3 | 4) {
                return Err("a JPEG with an unusual frame (use an RGB or greyscale JPEG)".into());
            }
            return Ok(Image {
                width,
                height,
                data: ImageData::Jpeg { components },
                original: bytes.to_vec(),
            });
        }
        i += 2 + len;
    }
    Err("a JPEG without a frame header (the file may be cut short)".into())
}

fn png(bytes: &[u8]) -> Result<Image, String> {
    let mut i = 8;
    let (mut width, mut height, mut depth, mut colour, mut interlace) = (0u32, 0u32, 0u8, 0u8, 0u8);
    let mut idat = Vec::new();
    let mut palette: Vec<u8> = Vec::new();
    let mut transparency: Vec<u8> = Vec::new();
    while i + 8 <= bytes.len() {
        let len = u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]) as usize;
        let kind = &bytes[i + 4..i + 8];
        let data = bytes.get(i + 8..i + 8 + len).ok_or("a PNG cut short")?;
        match kind {
            b"IHDR" if len >= 13 => {
                width = u32::from_be_bytes([data[0], data[1], data[2], data[3]]);
                height = u32::from_be_bytes([data[4], data[5], data[6], data[7]]);
                (depth, colour, interlace) = (data[8], data[9], data[12]);
            }
            b"PLTE" => palette = data.to_vec(),
            b"tRNS" => transparency = data.to_vec(),
            b"IDAT" => idat.extend_from_slice(data),
            b"IEND" => break,
            _ => {}
        }
        i += 12 + len;
    }
    if depth != 8 || interlace != 0 || !matches!(colour, 0 | 2 | 3 | 4 | 6) {
        return Err("a PNG this tool cannot read (save it as 8-bit, not interlaced)".into());
    }
    if width == 0 || height == 0 || width > 10_000 || height > 10_000 {
        return Err("a PNG of unusual size (at most 10,000 pixels a side)".into());
    }
    let channels = match colour {
        0 | 3 => 1,
        4 => 2,
        2 => 3,
        _ => 4,
    };
    let stride = width as usize * channels;
    let mut raw = Vec::with_capacity((stride + 1) * height as usize);
    flate2::read::ZlibDecoder::new(&idat[..])
        .take(((stride + 1) * height as usize) as u64 + 1)
        .read_to_end(&mut raw)
        .map_err(|_| "a PNG whose image data does not decompress")?;
    if raw.len() < (stride + 1) * height as usize {
        return Err("a PNG with less image data than its size".into());
    }
    // Undo the per-row filters (PNG specification, section 9).
    let mut pixels = vec![0u8; stride * height as usize];
    for row in 0..height as usize {
        let filter = raw[row * (stride + 1)];
        let src = &raw[row * (stride + 1) + 1..(row + 1) * (stride + 1)];
        for x in 0..stride {
            let a = if x >= channels {
                pixels[row * stride + x - channels]
            } else {
                0
            };
            let b = if row > 0 {
                pixels[(row - 1) * stride + x]
            } else {
                0
            };
            let c = if row > 0 && x >= channels {
                pixels[(row - 1) * stride + x - channels]
            } else {
                0
            };
            let value = match filter {
                0 => src[x],
                1 => src[x].wrapping_add(a),
                2 => src[x].wrapping_add(b),
                3 => src[x].wrapping_add(((u16::from(a) + u16::from(b)) / 2) as u8),
                4 => {
                    let p = i16::from(a) + i16::from(b) - i16::from(c);
                    let (pa, pb, pc) = (
                        (p - i16::from(a)).abs(),
                        (p - i16::from(b)).abs(),
                        (p - i16::from(c)).abs(),
                    );
                    let predictor = if pa <= pb && pa <= pc {
                        a
                    } else if pb <= pc {
                        b
                    } else {
                        c
                    };
                    src[x].wrapping_add(predictor)
                }
                _ => return Err("a PNG with an unknown row filter".into()),
            };
            pixels[row * stride + x] = value;
        }
    }
    let n = (width * height) as usize;
    let mut rgb = Vec::with_capacity(n * 3);
    let mut alpha = Vec::with_capacity(n);
    for p in 0..n {
        let px = &pixels[p * channels..(p + 1) * channels];
        let (r, g, b, a) = match colour {
            0 => (px[0], px[0], px[0], 255),
            4 => (px[0], px[0], px[0], px[1]),
            2 => (px[0], px[1], px[2], 255),
            6 => (px[0], px[1], px[2], px[3]),
            _ => {
                let k = usize::from(px[0]);
                let entry = palette
                    .get(k * 3..k * 3 + 3)
                    .ok_or("a PNG palette index out of range")?;
                (
                    entry[0],
                    entry[1],
                    entry[2],
                    transparency.get(k).copied().unwrap_or(255),
                )
            }
        };
        rgb.extend_from_slice(&[r, g, b]);
        alpha.push(a);
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
    use std::io::Write as _;

    /// A PNG written by hand: IHDR, one IDAT, IEND (CRCs are not checked when reading).
    fn png_bytes(width: u32, height: u32, colour: u8, rows: &[Vec<u8>]) -> Vec<u8> {
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        let chunk = |out: &mut Vec<u8>, kind: &[u8], data: &[u8]| {
            out.extend_from_slice(&(data.len() as u32).to_be_bytes());
            out.extend_from_slice(kind);
            out.extend_from_slice(data);
            out.extend_from_slice(&[0, 0, 0, 0]);
        };
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&width.to_be_bytes());
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, colour, 0, 0, 0]);
        chunk(&mut out, b"IHDR", &ihdr);
        let mut raw = Vec::new();
        for row in rows {
            raw.push(0);
            raw.extend_from_slice(row);
        }
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(&raw).unwrap();
        chunk(&mut out, b"IDAT", &z.finish().unwrap());
        chunk(&mut out, b"IEND", &[]);
        out
    }

    #[test]
    fn reads_rgba_png_pixels_and_keeps_transparency() {
        let bytes = png_bytes(2, 1, 6, &[vec![255, 0, 0, 255, 0, 0, 255, 0]]);
        let image = Image::decode(&bytes).unwrap();
        assert_eq!((image.width, image.height), (2, 1));
        let ImageData::Pixels { rgb, alpha } = image.data else {
            panic!()
        };
        assert_eq!(rgb, [255, 0, 0, 0, 0, 255]);
        assert_eq!(alpha, Some(vec![255, 0]));
    }

    #[test]
    fn reads_a_jpeg_frame_header_and_refuses_other_files() {
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0];
        jpeg.extend_from_slice(&[0xFF, 0xC0, 0, 11, 8, 0, 20, 0, 30, 3, 0, 0, 0, 0]);
        let image = Image::decode(&jpeg).unwrap();
        assert_eq!((image.width, image.height), (30, 20));
        assert!(matches!(image.data, ImageData::Jpeg { components: 3 }));
        assert!(Image::decode(b"GIF89a").is_err());
        assert!(Image::decode(&jpeg[..6]).is_err());
    }
}
