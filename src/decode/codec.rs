//! The encodings draw.io stacks: base64, raw deflate, URL encoding, and `Graph.decompress`
//! which chains them (`decodeURIComponent(inflateRaw(atob(text)))`, then control characters removed).

use super::MAX_DECODED_BYTES;
use crate::error::{Error, ErrorKind, Result};
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

/// Bytes that inflating may still produce for this input, shared by every page of a file so a
/// many-page file cannot multiply the limit.
#[derive(Debug)]
pub(crate) struct Budget {
    remaining: usize,
}

impl Budget {
    pub(crate) fn new() -> Self {
        Budget {
            remaining: MAX_DECODED_BYTES,
        }
    }
}

/// Like the browser's `atob`: whitespace ignored, padding optional.
const FORGIVING: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

fn prefixed(what: &str, message: String) -> String {
    if what.is_empty() {
        message
    } else {
        format!("{}: {}", what, message)
    }
}

pub(crate) fn base64_decode(text: &str, what: &str) -> Result<Vec<u8>> {
    let compact: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    FORGIVING.decode(&compact).map_err(|e| {
        let detail = match e {
            base64::DecodeError::InvalidByte(at, byte) if byte.is_ascii_graphic() => {
                format!("invalid character '{}' at offset {}", byte as char, at)
            }
            base64::DecodeError::InvalidByte(at, byte) => {
                format!("invalid byte 0x{:02x} at offset {}", byte, at)
            }
            other => other.to_string(),
        };
        Error::new(
            ErrorKind::Encoding,
            prefixed(what, format!("bad base64: {}", detail)),
        )
    })
}

/// Raw deflate, output bounded by the budget while inflating (the buffer grows in steps and
/// stops at the limit, so a deflate bomb costs at most the limit).
pub(crate) fn inflate_raw(data: &[u8], budget: &mut Budget, what: &str) -> Result<Vec<u8>> {
    match decompress_to_vec_with_limit(data, budget.remaining) {
        Ok(out) => {
            budget.remaining -= out.len().min(budget.remaining);
            Ok(out)
        }
        Err(e) if e.status == TINFLStatus::HasMoreOutput => Err(Error::new(
            ErrorKind::Limit,
            prefixed(
                what,
                format!(
                    "decompressed content exceeds the {} MB limit",
                    MAX_DECODED_BYTES >> 20
                ),
            ),
        )),
        Err(e) => {
            let detail = match e.status {
                TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                    "the data is truncated"
                }
                _ => "the data is not valid deflate",
            };
            Err(Error::new(
                ErrorKind::Encoding,
                prefixed(what, format!("bad compressed data: {}", detail)),
            ))
        }
    }
}

/// `decodeURIComponent`: every `%` must start a `%XX` escape and the result must be UTF-8.
/// One pass: runs between escapes are copied whole (diagrams are mostly escapes and short runs).
pub(crate) fn url_decode(text: &str, what: &str) -> Result<String> {
    let bytes = text.as_bytes();
    let hex = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    };
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'%') {
        let at = i + off;
        out.extend_from_slice(&bytes[i..at]);
        match (bytes.get(at + 1).and_then(|&b| hex(b)), bytes.get(at + 2).and_then(|&b| hex(b))) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => {
                let found: String = text.get(at..).unwrap_or("").chars().take(3).collect();
                return Err(Error::new(
                    ErrorKind::Encoding,
                    prefixed(
                        what,
                        format!(
                            "bad URL encoding: \"{}\" at offset {} is not a %XX escape",
                            found, at
                        ),
                    ),
                ));
            }
        }
        i = at + 3;
    }
    out.extend_from_slice(&bytes[i..]);
    String::from_utf8(out).map_err(|e| {
        Error::new(
            ErrorKind::Encoding,
            prefixed(
                what,
                format!(
                    "bad URL encoding: the decoded bytes are not UTF-8 ({})",
                    e.utf8_error()
                ),
            ),
        )
    })
}

/// draw.io's `Graph.zapGremlins`: drop control characters except TAB, LF, CR (and the
/// non-characters U+FFFE/U+FFFF), which XML forbids.
pub(crate) fn zap_gremlins(text: String) -> String {
    let bad = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
    };
    // Byte scan first (almost every diagram has none): controls are single bytes, U+FFFE/U+FFFF
    // are EF BF BE/BF.
    let b = text.as_bytes();
    let any = b.iter().enumerate().any(|(i, &c)| {
        (c < b' ' && !matches!(c, b'\t' | b'\n' | b'\r'))
            || (c == 0xEF && b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)))
    });
    if any {
        text.chars().filter(|&c| !bad(c)).collect()
    } else {
        text
    }
}

/// `Graph.decompress`: the text of a compressed `<diagram>` (or a bare compressed string).
pub(crate) fn decompress(text: &str, budget: &mut Budget, what: &str) -> Result<String> {
    let raw = base64_decode(text.trim(), what)?;
    let inflated = inflate_raw(&raw, budget, what)?;
    let inflated = String::from_utf8_lossy(&inflated);
    Ok(zap_gremlins(url_decode(&inflated, what)?))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use base64::engine::general_purpose::STANDARD;

    /// draw.io's `Graph.compress`: base64(deflateRaw(encodeURIComponent(xml))).
    pub(crate) fn compress(xml: &str) -> String {
        use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
        let encoded = utf8_percent_encode(xml, NON_ALPHANUMERIC).to_string();
        STANDARD.encode(miniz_oxide::deflate::compress_to_vec(encoded.as_bytes(), 9))
    }

    #[test]
    fn decompress_round_trips_draw_io_compression() {
        let xml = "<mxGraphModel><root><mxCell id=\"0\"/></root></mxGraphModel> é 中";
        let mut budget = Budget::new();
        assert_eq!(decompress(&compress(xml), &mut budget, "").unwrap(), xml);
    }

    #[test]
    fn decompress_tolerates_whitespace_and_missing_padding() {
        let text = compress("<a/>");
        let wrapped: String = text
            .trim_end_matches('=')
            .chars()
            .flat_map(|c| [c, '\n'])
            .collect();
        assert_eq!(
            decompress(&format!("  {}  ", wrapped), &mut Budget::new(), "").unwrap(),
            "<a/>"
        );
    }

    #[test]
    fn control_characters_are_removed_after_decoding() {
        let text = STANDARD.encode(miniz_oxide::deflate::compress_to_vec(
            b"a%01b%09c%0Ad%EF%BF%BFe",
            6,
        ));
        assert_eq!(
            decompress(&text, &mut Budget::new(), "").unwrap(),
            "ab\tc\nde"
        );
    }

    #[test]
    fn bad_base64_names_the_character() {
        let e = decompress("abc$def", &mut Budget::new(), "page 1").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Encoding);
        assert!(e.message.starts_with("page 1: bad base64"), "{}", e.message);
        assert!(e.message.contains('$'), "{}", e.message);
    }

    #[test]
    fn bad_deflate_is_an_encoding_error() {
        let e = decompress(&STANDARD.encode([0xffu8; 16]), &mut Budget::new(), "").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Encoding);
        assert!(e.message.contains("bad compressed data"), "{}", e.message);
        let whole = miniz_oxide::deflate::compress_to_vec(&[b'a'; 5000], 6);
        let cut = STANDARD.encode(&whole[..whole.len() / 2]);
        let e = decompress(&cut, &mut Budget::new(), "").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Encoding);
        assert!(e.message.contains("truncated"), "{}", e.message);
    }

    #[test]
    fn bad_url_encoding_is_reported_with_its_offset() {
        let e = url_decode("ab%zzc", "").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Encoding);
        assert!(e.message.contains("\"%zz\" at offset 2"), "{}", e.message);
        assert!(url_decode("%", "").is_err());
        assert!(url_decode("%C3%28", "")
            .unwrap_err()
            .message
            .contains("not UTF-8"));
        assert_eq!(url_decode("%3Ca%20b%3E", "").unwrap(), "<a b>");
    }

    #[test]
    fn inflating_stops_at_the_budget() {
        // 80 MB of zeros deflate to ~80 KB: must fail at the limit, not allocate 80 MB first.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![0u8; 80 << 20], 9);
        let e = inflate_raw(&bomb, &mut Budget::new(), "").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Limit);
        assert!(e.message.contains("64 MB"), "{}", e.message);
    }

    #[test]
    fn the_budget_is_shared_across_calls() {
        let ten_mb = miniz_oxide::deflate::compress_to_vec(&vec![b'a'; 10 << 20], 9);
        let mut budget = Budget::new();
        for _ in 0..6 {
            inflate_raw(&ten_mb, &mut budget, "").unwrap();
        }
        assert_eq!(
            inflate_raw(&ten_mb, &mut budget, "").unwrap_err().kind,
            ErrorKind::Limit
        );
    }
}
