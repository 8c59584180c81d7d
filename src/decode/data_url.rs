//! `data:` URLs, as the panel stores uploaded binary files (`data:image/png;base64,…`,
//! `data:image/svg+xml;base64,…`, `data:image/svg+xml;utf8,<svg…` or percent-encoded).

use super::codec::base64_decode;
use crate::error::{Error, ErrorKind, Result};
use percent_encoding::percent_decode;

pub(crate) fn is_data_url(text: &str) -> bool {
    text.get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case("data:"))
}

/// The bytes the URL holds.
pub(crate) fn decode(text: &str) -> Result<Vec<u8>> {
    let text = text.trim_end();
    let Some((header, payload)) = text.get(5..).and_then(|rest| rest.split_once(',')) else {
        return Err(Error::new(
            ErrorKind::Format,
            "not a draw.io document: a data URL without a ',' before its data",
        ));
    };
    let is_base64 = header
        .split(';')
        .skip(1)
        .any(|p| p.trim().eq_ignore_ascii_case("base64"));
    if is_base64 {
        base64_decode(payload, "data URL")
    } else {
        // Lenient on purpose: `;utf8,` payloads often hold a raw `%` (e.g. `width="100%"`).
        Ok(percent_decode(payload.as_bytes()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_base64_and_percent_payloads() {
        assert_eq!(
            decode("data:image/svg+xml;base64,PGEvPg==").unwrap(),
            b"<a/>"
        );
        assert_eq!(
            decode("DATA:image/svg+xml;charset=utf-8;BASE64,PGEvPg").unwrap(),
            b"<a/>"
        );
        assert_eq!(
            decode("data:image/svg+xml;utf8,%3Ca%20w=%22100%%22/%3E").unwrap(),
            b"<a w=\"100%\"/>"
        );
        assert_eq!(decode("data:,<a/>").unwrap(), b"<a/>");
    }

    #[test]
    fn malformed_data_urls_are_errors() {
        assert_eq!(
            decode("data:image/png;base64").unwrap_err().kind,
            ErrorKind::Format
        );
        let e = decode("data:image/png;base64,@@@").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Encoding);
        assert!(e.message.contains("data URL: bad base64"), "{}", e.message);
    }
}
