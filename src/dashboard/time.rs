//! Grafana time expressions (`now-6h`, `now-1d/d`, epoch milliseconds, RFC 3339) → epoch ms, UTC.

const UNITS: [(char, f64); 6] = [
    ('s', 1e3),
    ('m', 60e3),
    ('h', 3600e3),
    ('d', 86_400e3),
    ('w', 604_800e3),
    ('y', 365.0 * 86_400e3),
];

/// `is_end`: rounding (`/d`) goes to the end of the unit for the range's end, as in Grafana.
pub fn parse(expr: &str, now_ms: f64, is_end: bool) -> Result<f64, String> {
    let e = expr.trim();
    let bad = || {
        format!("time \"{}\" is not understood (use now-6h, now-1d/d, epoch ms or 2026-11-25T10:00:00Z)", expr)
    };
    if let Ok(ms) = e.parse::<i64>() {
        return Ok(ms as f64);
    }
    if let Some(ms) = rfc3339(e) {
        return Ok(ms);
    }
    let Some(mut rest) = e.strip_prefix("now") else {
        return Err(bad());
    };
    let mut t = now_ms;
    while !rest.is_empty() {
        let sign = match rest.as_bytes()[0] {
            b'-' => -1.0,
            b'+' => 1.0,
            b'/' => {
                let unit = rest[1..].chars().next().ok_or_else(bad)?;
                if rest.len() != 2 {
                    return Err(bad());
                }
                return round(t, unit, is_end).ok_or_else(bad);
            }
            _ => return Err(bad()),
        };
        let body = &rest[1..];
        let digits = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let n: f64 = if digits == 0 {
            1.0
        } else {
            body[..digits].parse().map_err(|_| bad())?
        };
        let unit = body[digits..].chars().next().ok_or_else(bad)?;
        let ms = match unit {
            'M' => 30.0 * 86_400e3,
            u => UNITS
                .iter()
                .find(|(c, _)| *c == u)
                .map(|(_, ms)| *ms)
                .ok_or_else(bad)?,
        };
        t += sign * n * ms;
        rest = &body[digits + 1..];
    }
    Ok(t)
}

fn round(t: f64, unit: char, is_end: bool) -> Option<f64> {
    let step = match unit {
        's' => 1e3,
        'm' => 60e3,
        'h' => 3600e3,
        'd' => 86_400e3,
        _ => return None,
    };
    let start = (t / step).floor() * step;
    Some(if is_end { start + step - 1.0 } else { start })
}

/// `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`.
fn rfc3339(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !(b[10] == b'T' || b[10] == b' ') {
        return None;
    }
    let n = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, mo, d, h, mi, se) = (
        n(0..4)?,
        n(5..7)?,
        n(8..10)?,
        n(11..13)?,
        n(14..16)?,
        n(17..19)?,
    );
    let mut i = 19;
    let mut frac = 0.0;
    if b.get(i) == Some(&b'.') {
        let end = s[i + 1..]
            .find(|c: char| !c.is_ascii_digit())
            .map(|e| i + 1 + e)?;
        frac = format!("0.{}", &s[i + 1..end]).parse().ok()?;
        i = end;
    }
    let offset_min = match s.get(i..)? {
        "Z" | "z" => 0,
        tz if tz.len() == 6 => {
            let sign = if tz.starts_with('-') { -1 } else { 1 };
            sign * (tz.get(1..3)?.parse::<i64>().ok()? * 60 + tz.get(4..6)?.parse::<i64>().ok()?)
        }
        _ => return None,
    };
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 60 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y2 = if mo <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let doy = (153 * ((mo + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + h * 3600 + mi * 60 + se - offset_min * 60;
    Some((secs as f64 + frac) * 1e3)
}

#[cfg(test)]
mod tests {
    use super::*;
    const NOW: f64 = 1_764_072_000_000.0; // 2025-11-25T12:00:00Z

    #[test]
    fn relative_and_absolute_times() {
        assert_eq!(parse("now", NOW, false).unwrap(), NOW);
        assert_eq!(parse("now-6h", NOW, false).unwrap(), NOW - 6.0 * 3600e3);
        assert_eq!(
            parse("now-1d+30m", NOW, false).unwrap(),
            NOW - 86_400e3 + 1_800e3
        );
        assert_eq!(parse("now/d", NOW, false).unwrap(), 1_764_028_800_000.0);
        assert_eq!(
            parse("now/d", NOW, true).unwrap(),
            1_764_028_800_000.0 + 86_400e3 - 1.0
        );
        assert_eq!(parse("1700000000000", NOW, false).unwrap(), 1.7e12);
        assert_eq!(parse("2025-11-25T12:00:00Z", NOW, false).unwrap(), NOW);
        assert_eq!(
            parse("2025-11-25T13:30:00.5+01:30", NOW, false).unwrap(),
            NOW + 500.0
        );
        assert!(parse("yesterday", NOW, false)
            .unwrap_err()
            .contains("\"yesterday\" is not understood"));
        assert!(parse("now-6x", NOW, false).is_err());
    }
}
