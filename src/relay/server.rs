//! The HTTP side: `POST /webhook` (Grafana's contact point), `GET /healthz`, `GET /metrics`,
//! `GET /images/<token>.<png|jpg>` (pictures for robots that fetch by URL). Every refusal is a 4xx
//! with `{"error": "…"}` naming the problem; nothing a client sends stops the server.

use super::{auth, log, Answer, Relay};
use std::io::Read;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Instant;
use tiny_http::{Header, Method, Request, Response, Server};

/// Request threads: each may wait on an fsync, so more than the cores.
const WORKERS: usize = 8;

pub fn serve(relay: Arc<Relay>, server: Server) {
    let server = Arc::new(server);
    let mut handles = Vec::new();
    for _ in 0..WORKERS {
        let (relay, server) = (relay.clone(), server.clone());
        handles.push(std::thread::spawn(move || loop {
            match server.recv() {
                Ok(req) => handle(&relay, req),
                Err(e) => log::warn(&format!("http: {}", e)),
            }
        }));
    }
    for h in handles {
        let _ = h.join();
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("static header")
}

fn json(req: Request, Answer(status, body): Answer) {
    let resp = Response::from_string(body.to_string()).with_status_code(status).with_header(header("Content-Type", "application/json"));
    let _ = req.respond(resp);
}

fn get_header<'a>(req: &'a Request, name: &str) -> Option<&'a str> {
    req.headers().iter().find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name)).map(|h| h.value.as_str())
}

fn handle(relay: &Relay, mut req: Request) {
    let path = req.url().split('?').next().unwrap_or("").to_string();
    match (req.method(), path.as_str()) {
        (Method::Post | Method::Put, "/webhook") => {
            let t0 = Instant::now();
            let answer = webhook(relay, &mut req);
            if answer.0 >= 400 {
                relay.metrics.rejected(answer.0);
                log::warn(&format!("webhook refused with {}: {}", answer.0, answer.1["error"].as_str().unwrap_or("")));
            }
            json(req, answer);
            relay.metrics.observe_intake(t0.elapsed().as_secs_f64());
        }
        (Method::Get, "/healthz") => {
            let ok = relay.spool.writable();
            let body = serde_json::json!({
                "status": if ok { "ok" } else { "spool not writable" },
                "queue_depth": relay.metrics.queue_depth(),
                "received": relay.metrics.received.load(Relaxed),
            });
            json(req, Answer(if ok { 200 } else { 503 }, body));
        }
        (Method::Get, "/metrics") => {
            let resp = Response::from_string(relay.metrics.render()).with_header(header("Content-Type", "text/plain; version=0.0.4"));
            let _ = req.respond(resp);
        }
        (Method::Get, p) if p.starts_with("/images/") => match relay.spool.read_image(&p["/images/".len()..]) {
            Some(bytes) => {
                let ctype = if p.ends_with(".jpg") { "image/jpeg" } else { "image/png" };
                let resp = Response::from_data(bytes)
                    .with_header(header("Content-Type", ctype))
                    .with_header(header("Cache-Control", "public, max-age=86400, immutable"))
                    .with_header(header("X-Content-Type-Options", "nosniff"));
                let _ = req.respond(resp);
            }
            None => json(req, super::error(404, "no such image")),
        },
        (_, "/webhook") => json(req, super::error(405, "use POST for /webhook")),
        _ => json(req, super::error(404, format!("no route {}; the relay serves POST /webhook, GET /healthz, GET /metrics", path))),
    }
}

fn webhook(relay: &Relay, req: &mut Request) -> Answer {
    let auth_cfg = &relay.cfg.auth;
    if let Err(auth::Denied(why)) = auth::check_credentials(auth_cfg, get_header(req, "Authorization")) {
        drain(req, relay.cfg.max_body_bytes);
        return super::error(401, why);
    }
    let max = relay.cfg.max_body_bytes;
    if req.body_length().is_some_and(|n| n as u64 > max) {
        drain(req, max);
        return super::error(413, format!("body larger than {} bytes", max));
    }
    let mut body = Vec::new();
    if let Err(e) = req.as_reader().take(max + 1).read_to_end(&mut body) {
        return super::error(400, format!("cannot read the body: {}", e));
    }
    if body.len() as u64 > max {
        drain(req, max);
        return super::error(413, format!("body larger than {} bytes", max));
    }
    let signature = auth::signature_headers(auth_cfg).into_iter().find_map(|h| get_header(req, h)).map(str::to_string);
    let timestamp = auth_cfg.timestamp_header.as_deref().and_then(|h| get_header(req, h)).map(str::to_string);
    if let Err(auth::Denied(why)) = auth::check_signature(auth_cfg, signature.as_deref(), timestamp.as_deref(), &body, log::now_unix()) {
        return super::error(401, why);
    }
    relay.intake(&body)
}

/// Read and discard what the client is still sending (bounded), so it sees our answer instead of
/// a reset connection.
fn drain(req: &mut Request, max: u64) {
    let _ = std::io::copy(&mut req.as_reader().take(max.saturating_mul(4)), &mut std::io::sink());
}
