//! `.drawio.png`: the diagram is in a text chunk (`Editor.extractGraphModelFromPng`):
//! `tEXt` keyword `mxfile` (URL-encoded mxfile; decoded again while it still starts with `%`),
//! `tEXt` keyword `mxGraphModel`, or legacy `zTXt` `mxGraphModel` (raw deflate after the
//! method byte, Java's URL encoding with `+` for spaces).
//!
//! Chunks are walked by hand: the framing is 12 bytes, and the `png` crate neither reads the
//! legacy raw-deflate zTXt (it expects zlib) nor text after IDAT without decoding pixels.

use super::codec::{inflate_raw, url_decode, Budget};
use crate::error::{Error, ErrorKind, Result};

const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

pub(crate) fn is_png(input: &[u8]) -> bool {
    input.starts_with(SIGNATURE)
}

/// The diagram text (an mxfile or mxGraphModel XML string).
pub(crate) fn extract_text(input: &[u8], budget: &mut Budget) -> Result<String> {
    let mut pos = SIGNATURE.len();
    loop {
        let Some(header) = input.get(pos..pos + 8) else {
            return Err(truncated(pos, "a chunk header"));
        };
        let length = u32::from_be_bytes([header[0], header[1], header[2], header[3]]) as usize;
        let kind = &header[4..8];
        let data_start = pos + 8;
        let Some(data) = data_start
            .checked_add(length)
            .and_then(|end| input.get(data_start..end))
        else {
            return Err(truncated(
                pos,
                &format!(
                    "its {} chunk of {} bytes",
                    String::from_utf8_lossy(kind),
                    length
                ),
            ));
        };
        if let Some(text) = diagram_text(kind, data, budget)? {
            return decode_url_layers(text);
        }
        if kind == b"IEND" {
            return Err(Error::new(
                ErrorKind::Format,
                "not a draw.io document: found a PNG without draw.io data (no mxfile or mxGraphModel text chunk)",
            ));
        }
        // Data, then the 4-byte CRC (not checked: draw.io does not either).
        pos = data_start + length + 4;
    }
}

fn truncated(pos: usize, what: &str) -> Error {
    Error::new(
        ErrorKind::Format,
        format!("truncated PNG: the file ends at {} inside {}", pos, what),
    )
}

fn diagram_text(kind: &[u8], data: &[u8], budget: &mut Budget) -> Result<Option<String>> {
    let Some(nul) = data.iter().position(|&b| b == 0) else {
        return Ok(None);
    };
    let (keyword, rest) = (&data[..nul], &data[nul + 1..]);
    match kind {
        b"tEXt" if keyword == b"mxfile" || keyword == b"mxGraphModel" => {
            Ok(Some(latin1_or_utf8(rest)))
        }
        b"zTXt" if keyword == b"mxGraphModel" => {
            // Skip the compression-method byte.
            let compressed = rest.get(1..).unwrap_or(&[]);
            let inflated = inflate_raw(compressed, budget, "PNG zTXt chunk")?;
            Ok(Some(String::from_utf8_lossy(&inflated).replace('+', " ")))
        }
        _ => Ok(None),
    }
}

/// tEXt is Latin-1 by the PNG spec; draw.io writes ASCII (URL-encoded), but a tool writing raw
/// UTF-8 is read as UTF-8.
fn latin1_or_utf8(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| b as char).collect(),
    }
}

/// draw.io decodes twice at most ("workaround for double encoded content").
fn decode_url_layers(mut text: String) -> Result<String> {
    for _ in 0..2 {
        if text.starts_with('%') {
            text = url_decode(&text, "PNG text chunk")?;
        }
    }
    Ok(text)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A minimal PNG with the given chunks (CRCs left zero: the reader ignores them).
    pub(crate) fn png_with(chunks: &[(&[u8; 4], &[u8])]) -> Vec<u8> {
        let mut out = SIGNATURE.to_vec();
        for (kind, data) in chunks {
            out.extend_from_slice(&(data.len() as u32).to_be_bytes());
            out.extend_from_slice(*kind);
            out.extend_from_slice(data);
            out.extend_from_slice(&[0; 4]);
        }
        out
    }

    fn ihdr() -> (&'static [u8; 4], &'static [u8]) {
        (b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])
    }

    #[test]
    fn reads_text_chunk_with_double_url_encoding() {
        let png = png_with(&[
            ihdr(),
            (b"tEXt", b"mxfile\0%253Cmxfile%253E"),
            (b"IEND", b""),
        ]);
        assert_eq!(extract_text(&png, &mut Budget::new()).unwrap(), "<mxfile>");
    }

    #[test]
    fn reads_legacy_ztxt() {
        let deflated =
            miniz_oxide::deflate::compress_to_vec(b"%3CmxGraphModel+a%3D%221%22%2F%3E", 6);
        let mut data = b"mxGraphModel\0\0".to_vec();
        data.extend_from_slice(&deflated);
        let png = png_with(&[ihdr(), (b"zTXt", &data), (b"IEND", b"")]);
        assert_eq!(
            extract_text(&png, &mut Budget::new()).unwrap(),
            "<mxGraphModel a=\"1\"/>"
        );
    }

    #[test]
    fn png_without_diagram_and_truncated_png_are_errors() {
        let png = png_with(&[ihdr(), (b"tEXt", b"Software\0GIMP"), (b"IEND", b"")]);
        let e = extract_text(&png, &mut Budget::new()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Format);
        assert!(
            e.message.contains("PNG without draw.io data"),
            "{}",
            e.message
        );

        let full = png_with(&[ihdr(), (b"tEXt", b"mxfile\0%3Cmxfile%3E")]);
        let e = extract_text(&full[..full.len() - 10], &mut Budget::new()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Format);
        assert!(e.message.starts_with("truncated PNG"), "{}", e.message);
        assert!(e.message.contains("tEXt"), "{}", e.message);

        let e = extract_text(&png_with(&[ihdr()]), &mut Budget::new()).unwrap_err();
        assert!(e.message.starts_with("truncated PNG"), "{}", e.message);
    }

    #[test]
    fn huge_chunk_length_does_not_overflow() {
        let mut png = SIGNATURE.to_vec();
        png.extend_from_slice(&u32::MAX.to_be_bytes());
        png.extend_from_slice(b"tEXt");
        assert!(extract_text(&png, &mut Budget::new())
            .unwrap_err()
            .message
            .starts_with("truncated PNG"));
    }
}
