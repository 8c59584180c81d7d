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
pub(crate) fn url_decode(text: &str, what: &str) -> Result<String> {
    url_decode_owned(text.as_bytes().to_vec(), what).map(|(s, _)| s)
}

/// `url_decode` of bytes that are UTF-8, decoded in place, one byte at a time: diagrams are
/// mostly escapes with runs of a few bytes between them, where searching for the next `%` and
/// copying each run cost more than the bytes themselves. Also tells whether the result has a
/// control character `zap_gremlins` removes (saving it a scan of its own).
fn url_decode_owned(mut b: Vec<u8>, what: &str) -> Result<(String, bool)> {
    let hex = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    };
    let (mut r, mut w, mut control) = (0, 0, false);
    while let Some(&c) = b.get(r) {
        let x = if c != b'%' {
            r += 1;
            c
        } else {
            match (b.get(r + 1).and_then(|&c| hex(c)), b.get(r + 2).and_then(|&c| hex(c))) {
                (Some(h), Some(l)) => {
                    r += 3;
                    h << 4 | l
                }
                _ => {
                    // Bytes from `r` on are untouched input, starting at an ASCII `%`.
                    let rest = std::str::from_utf8(&b[r..]).unwrap_or("");
                    let found: String = rest.chars().take(3).collect();
                    return Err(Error::new(
                        ErrorKind::Encoding,
                        prefixed(
                            what,
                            format!(
                                "bad URL encoding: \"{}\" at offset {} is not a %XX escape",
                                found, r
                            ),
                        ),
                    ));
                }
            }
        };
        control |= x < b' ' && !matches!(x, b'\t' | b'\n' | b'\r');
        b[w] = x;
        w += 1;
    }
    b.truncate(w);
    let text = String::from_utf8(b).map_err(|e| {
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
    })?;
    Ok((text, control))
}

/// draw.io's `Graph.zapGremlins`: drop control characters except TAB, LF, CR (and the
/// non-characters U+FFFE/U+FFFF), which XML forbids.
pub(crate) fn zap_gremlins(text: String) -> String {
    let control = text.bytes().fold(false, |any, c| any | (c < b' ' && !matches!(c, b'\t' | b'\n' | b'\r')));
    zap_gremlins_known(text, control)
}

/// `zap_gremlins` when whether `text` has a control character to remove is known already.
fn zap_gremlins_known(text: String, control: bool) -> String {
    let bad = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
    };
    // Byte scans first (almost every diagram has none): controls are single bytes,
    // U+FFFE/U+FFFF are EF BF BE/BF (looked at only where an EF byte is).
    let b = text.as_bytes();
    let nonchar = || {
        b.iter().enumerate().any(|(i, &c)| c == 0xEF && b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)))
    };
    if control || (b.contains(&0xEF) && nonchar()) {
        text.chars().filter(|&c| !bad(c)).collect()
    } else {
        text
    }
}

/// `Graph.decompress`: the text of a compressed `<diagram>` (or a bare compressed string).
pub(crate) fn decompress(text: &str, budget: &mut Budget, what: &str) -> Result<String> {
    let raw = base64_decode(text.trim(), what)?;
    let inflated = inflate_raw(&raw, budget, what)?;
    // Valid UTF-8 (always, for draw.io's own output: URL encoding leaves only ASCII) is checked by
    // the faster strict check; only invalid bytes take the lossy path.
    let inflated = match std::str::from_utf8(&inflated) {
        Ok(_) => inflated,
        Err(_) => String::from_utf8_lossy(&inflated).into_owned().into_bytes(),
    };
    let (text, control) = url_decode_owned(inflated, what)?;
    Ok(zap_gremlins_known(text, control))
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
    fn raw_bytes_are_decoded_like_draw_io_does() {
        // Literal (not escaped) control characters and U+FFFE go too; other characters led by
        // an EF byte (fullwidth forms) stay; bytes that are not UTF-8 become U+FFFD first.
        let deflated = |b: &[u8]| STANDARD.encode(miniz_oxide::deflate::compress_to_vec(b, 6));
        let raw = "x\u{1}y\u{FFFE}z\u{FF0C}%EF%BC%8C\t".as_bytes();
        assert_eq!(decompress(&deflated(raw), &mut Budget::new(), "").unwrap(), "xyz\u{FF0C}\u{FF0C}\t");
        assert_eq!(decompress(&deflated(b"a\xffb%41"), &mut Budget::new(), "").unwrap(), "a\u{FFFD}bA");
        assert_eq!(zap_gremlins("\u{EF}\u{FFFF}".to_string()), "\u{EF}");
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
