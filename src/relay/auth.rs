//! Checking that a webhook comes from our Grafana: Basic or Bearer credentials, then Grafana's
//! HMAC signature (`hex(HMAC-SHA256(secret, [timestamp ":"] body))`, grafana/alerting `http/hmac.go`).

use super::config::AuthConfig;
use base64::Engine;
use ring::hmac;

/// Why a request was refused; the text goes back to the caller (it names no secret).
#[derive(Debug, PartialEq)]
pub struct Denied(pub String);

/// Credentials from the `Authorization` header. With both Basic and Bearer configured, either passes.
pub fn check_credentials(cfg: &AuthConfig, authorization: Option<&str>) -> Result<(), Denied> {
    let basic = cfg.basic_user.as_deref().zip(cfg.basic_password.as_ref());
    if basic.is_none() && cfg.bearer_token.is_none() {
        return Ok(());
    }
    let Some(header) = authorization else {
        return Err(Denied("missing Authorization header".into()));
    };
    let (scheme, value) = header.trim().split_once(' ').unwrap_or((header, ""));
    let value = value.trim();
    if scheme.eq_ignore_ascii_case("basic") {
        if let Some((user, pass)) = basic {
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(value)
                .map_err(|_| Denied("Basic credentials are not valid base64".into()))?;
            let expected = format!("{}:{}", user, pass.expose());
            if ct_eq(&decoded, expected.as_bytes()) {
                return Ok(());
            }
            return Err(Denied("wrong user name or password".into()));
        }
    } else if scheme.eq_ignore_ascii_case("bearer") {
        if let Some(token) = &cfg.bearer_token {
            if ct_eq(value.as_bytes(), token.expose().as_bytes()) {
                return Ok(());
            }
            return Err(Denied("wrong bearer token".into()));
        }
    }
    let want = match (basic.is_some(), cfg.bearer_token.is_some()) {
        (true, true) => "Basic or Bearer",
        (true, false) => "Basic",
        _ => "Bearer",
    };
    Err(Denied(format!("Authorization scheme must be {}", want)))
}

/// Header names that may carry the signature, in the order they are looked up.
pub fn signature_headers(cfg: &AuthConfig) -> Vec<&str> {
    match &cfg.hmac_header {
        Some(h) => vec![h.as_str()],
        None => vec!["X-Grafana-Alerting-Signature", "X-Grafana-Alert-Signature"],
    }
}

/// The HMAC signature over the raw body, and the timestamp's age when a timestamp header is configured.
pub fn check_signature(
    cfg: &AuthConfig,
    signature: Option<&str>,
    timestamp: Option<&str>,
    body: &[u8],
    now_unix: u64,
) -> Result<(), Denied> {
    let Some(secret) = &cfg.hmac_secret else {
        return Ok(());
    };
    let header = signature_headers(cfg)[0];
    let sig = signature.ok_or_else(|| Denied(format!("missing {} header", header)))?;
    let tag = decode_hex(sig.trim()).ok_or_else(|| Denied(format!("{} is not a hex SHA-256 signature", header)))?;
    let key = hmac::Key::new(hmac::HMAC_SHA256, secret.expose().as_bytes());
    let mut ctx = hmac::Context::with_key(&key);
    if let Some(name) = &cfg.timestamp_header {
        let ts = timestamp.ok_or_else(|| Denied(format!("missing {} header", name)))?.trim();
        let secs: u64 = ts.parse().map_err(|_| Denied(format!("{} must be Unix seconds", name)))?;
        if secs.abs_diff(now_unix) > cfg.max_skew_secs {
            return Err(Denied(format!(
                "{} is {} s away from the relay's clock (limit {} s): stale or replayed request, or clocks out of sync",
                name,
                secs.abs_diff(now_unix),
                cfg.max_skew_secs
            )));
        }
        ctx.update(ts.as_bytes());
        ctx.update(b":");
    }
    ctx.update(body);
    let expected = ctx.sign();
    if tag.len() == expected.as_ref().len() && ring_ct_eq(expected.as_ref(), &tag) {
        Ok(())
    } else {
        Err(Denied(format!("{} does not match the body", header)))
    }
}

/// Grafana's signature for `body` (tests and the load script's Rust twin).
pub fn grafana_signature(secret: &str, timestamp: Option<&str>, body: &[u8]) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA256, secret.as_bytes());
    let mut ctx = hmac::Context::with_key(&key);
    if let Some(ts) = timestamp {
        ctx.update(ts.as_bytes());
        ctx.update(b":");
    }
    ctx.update(body);
    hex(ctx.sign().as_ref())
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{:02x}", b)).collect()
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

/// Constant-time comparison of equal-length inputs; different lengths differ at once (lengths are not secret here).
fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && ring_ct_eq(a, b)
}

fn ring_ct_eq(a: &[u8], b: &[u8]) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relay::config::Secret;

    fn cfg() -> AuthConfig {
        AuthConfig {
            basic_user: Some("grafana".into()),
            basic_password: Some(Secret::new("pw")),
            bearer_token: Some(Secret::new("tok")),
            hmac_secret: Some(Secret::new("s3cret")),
            hmac_header: None,
            timestamp_header: Some("X-Grafana-Alerting-Timestamp".into()),
            max_skew_secs: 300,
            allow_unauthenticated: false,
        }
    }

    #[test]
    fn basic_and_bearer() {
        let c = cfg();
        assert!(check_credentials(&c, Some("Basic Z3JhZmFuYTpwdw==")).is_ok()); // grafana:pw
        assert!(check_credentials(&c, Some("Bearer tok")).is_ok());
        assert!(check_credentials(&c, Some("Bearer nope")).is_err());
        assert!(check_credentials(&c, Some("Basic Z3JhZmFuYTp4")).is_err());
        assert!(check_credentials(&c, None).is_err());
        assert!(check_credentials(&c, Some("Digest x")).unwrap_err().0.contains("Basic or Bearer"));
    }

    #[test]
    fn signature_matches_grafanas_scheme() {
        // Computed independently: printf '1700000000:{"a":1}' | openssl dgst -sha256 -hmac s3cret
        let body = br#"{"a":1}"#;
        let sig = grafana_signature("s3cret", Some("1700000000"), body);
        assert_eq!(sig, "05d9bc30f0201f409fa39328f2417ecd7da92ccf4e9bdb80fa96f8518b0dd0a3");
        let c = cfg();
        assert!(check_signature(&c, Some(&sig), Some("1700000000"), body, 1_700_000_100).is_ok());
        // Tampered body, stale timestamp, missing header, not hex.
        assert!(check_signature(&c, Some(&sig), Some("1700000000"), br#"{"a":2}"#, 1_700_000_100).is_err());
        assert!(check_signature(&c, Some(&sig), Some("1700000000"), body, 1_700_001_000).unwrap_err().0.contains("stale"));
        assert!(check_signature(&c, None, Some("1700000000"), body, 1_700_000_000).is_err());
        assert!(check_signature(&c, Some("zz"), Some("1700000000"), body, 1_700_000_000).is_err());
        // Without a timestamp header the body alone is signed.
        let mut c2 = cfg();
        c2.timestamp_header = None;
        let sig2 = grafana_signature("s3cret", None, body);
        assert!(check_signature(&c2, Some(&sig2), None, body, 0).is_ok());
        assert!(check_signature(&c2, Some(&sig), None, body, 0).is_err());
    }
}
