//! Outgoing HTTP (ureq): one agent with timeouts, answers read whatever their status, and error
//! texts that never contain the URL (robot URLs carry their keys).

use std::time::Duration;

pub struct Http {
    agent: ureq::Agent,
}

pub struct Reply {
    pub status: u16,
    pub body: Vec<u8>,
    /// `Retry-After` in seconds, when the server sent one.
    pub retry_after: Option<u64>,
    pub content_type: String,
}

impl Reply {
    pub fn text(&self) -> String {
        let t = String::from_utf8_lossy(&self.body);
        let t = t.trim();
        if t.chars().count() > 300 {
            format!("{}…", t.chars().take(300).collect::<String>())
        } else {
            t.to_string()
        }
    }
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

fn describe(e: &ureq::Error) -> String {
    match e {
        ureq::Error::Timeout(_) => "timed out".into(),
        ureq::Error::Io(io) => format!("I/O error: {}", io.kind()),
        ureq::Error::HostNotFound => "host not found".into(),
        ureq::Error::ConnectionFailed => "connection failed".into(),
        ureq::Error::BadUri(_) => "invalid URL".into(),
        ureq::Error::BodyExceedsLimit(n) => format!("answer larger than {} bytes", n),
        ureq::Error::Tls(_) => "TLS error".into(),
        ureq::Error::Protocol(_) => "HTTP protocol error".into(),
        other => format!("request failed ({})", other.to_string().split_whitespace().take(6).collect::<Vec<_>>().join(" ")),
    }
}

impl Http {
    pub fn new(timeout: Duration) -> Http {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .http_status_as_error(false)
            .user_agent(concat!("faultline-relay/", env!("CARGO_PKG_VERSION")))
            .max_redirects(3)
            .build();
        Http { agent: ureq::Agent::new_with_config(config) }
    }

    fn finish(res: Result<ureq::http::Response<ureq::Body>, ureq::Error>, limit: u64) -> Result<Reply, String> {
        let mut res = res.map_err(|e| describe(&e))?;
        let status = res.status().as_u16();
        let retry_after = res.headers().get("retry-after").and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse().ok());
        let content_type = res.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_ascii_lowercase();
        let body = res.body_mut().with_config().limit(limit).read_to_vec().map_err(|e| describe(&e))?;
        Ok(Reply { status, body, retry_after, content_type })
    }

    pub fn get(&self, url: &str, headers: &[(&str, &str)], limit: u64) -> Result<Reply, String> {
        let mut req = self.agent.get(url);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        Self::finish(req.call(), limit)
    }

    pub fn post(&self, url: &str, headers: &[(&str, &str)], content_type: &str, body: &[u8]) -> Result<Reply, String> {
        let mut req = self.agent.post(url).header("Content-Type", content_type);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        Self::finish(req.send(body), 1 << 20)
    }

    pub fn post_json(&self, url: &str, headers: &[(&str, &str)], body: &serde_json::Value) -> Result<Reply, String> {
        self.post(url, headers, "application/json; charset=utf-8", body.to_string().as_bytes())
    }
}

/// `multipart/form-data` with text fields and one file (Feishu's image upload).
pub fn multipart(fields: &[(&str, &str)], file_field: &str, file_name: &str, file_type: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----faultline-relay-7d2f9c41b3";
    let mut body = Vec::with_capacity(bytes.len() + 512);
    for (k, v) in fields {
        body.extend_from_slice(format!("--{}\r\nContent-Disposition: form-data; name=\"{}\"\r\n\r\n{}\r\n", boundary, k, v).as_bytes());
    }
    body.extend_from_slice(
        format!(
            "--{}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
            boundary, file_field, file_name, file_type
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{}--\r\n", boundary).as_bytes());
    (format!("multipart/form-data; boundary={}", boundary), body)
}

/// `application/x-www-form-urlencoded` body.
pub fn form(fields: &[(&str, &str)]) -> Vec<u8> {
    fields.iter().map(|(k, v)| format!("{}={}", url_encode(k), url_encode(v))).collect::<Vec<_>>().join("&").into_bytes()
}

/// Percent-encode everything but unreserved characters (RFC 3986).
pub fn url_encode(s: &str) -> String {
    const SET: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');
    percent_encoding::utf8_percent_encode(s, SET).to_string()
}

/// The origin (`scheme://host[:port]`) of a URL, for deciding whether a token may go there.
pub fn origin(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(&url[..url.len() - rest.len() + end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_and_encoding() {
        assert_eq!(origin("http://grafana:3000/public/img/x.png"), Some("http://grafana:3000"));
        assert_eq!(origin("https://a.example.com"), Some("https://a.example.com"));
        assert_eq!(origin("https://a.example.com?x"), Some("https://a.example.com"));
        assert_ne!(origin("http://grafana:3000.evil.com/x"), Some("http://grafana:3000"));
        assert_eq!(url_encode("a+b/c=="), "a%2Bb%2Fc%3D%3D");
    }
}
