//! The pack file: one draw.io library (a stencil XML file, or a folder of `img/lib` images) as
//! named binary entries, raw-deflated.
//!
//! ```text
//! "FLPK"  version:u8=1  kind:u8 (1 stencils, 2 images)  raw_len:u32 LE  deflate-raw(payload)
//! payload = count:varint { name_len:varint name:utf8  data_len:varint data }*
//! ```
//! Stencil entries hold `codec::encode` records; image entries one media-type byte
//! (`Mime as u8`) and then the file's bytes.

use super::codec::{put_varint, Reader};
use miniz_oxide::inflate::decompress_to_vec_with_limit;
use std::ops::Range;

pub const MAGIC: &[u8; 4] = b"FLPK";
pub const VERSION: u8 = 1;
/// Largest payload a pack may inflate to (the biggest draw.io library is about 3 MB).
pub const MAX_RAW: usize = 64 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackKind {
    Stencils = 1,
    Images = 2,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mime {
    Svg = 1,
    Png = 2,
    Jpeg = 3,
    Gif = 4,
}

impl Mime {
    pub fn from_byte(b: u8) -> Option<Mime> {
        Some(match b {
            1 => Mime::Svg,
            2 => Mime::Png,
            3 => Mime::Jpeg,
            4 => Mime::Gif,
            _ => return None,
        })
    }
    pub fn from_path(p: &str) -> Option<Mime> {
        let lower = p.to_ascii_lowercase();
        Some(match lower.rsplit('.').next()? {
            "svg" => Mime::Svg,
            "png" => Mime::Png,
            "jpg" | "jpeg" => Mime::Jpeg,
            "gif" => Mime::Gif,
            _ => return None,
        })
    }
    pub fn media_type(self) -> &'static str {
        match self {
            Mime::Svg => "image/svg+xml",
            Mime::Png => "image/png",
            Mime::Jpeg => "image/jpeg",
            Mime::Gif => "image/gif",
        }
    }
}

/// A decoded pack: its inflated payload and where each entry's data lies in it.
#[derive(Debug, Clone)]
pub struct Pack {
    pub kind: PackKind,
    pub data: Vec<u8>,
    pub entries: Vec<(String, Range<usize>)>,
}

impl Pack {
    pub fn entry(&self, range: &Range<usize>) -> &[u8] {
        self.data.get(range.clone()).unwrap_or(&[])
    }
}

/// Write a pack (the build step).
pub fn write(kind: PackKind, entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut payload = Vec::new();
    put_varint(&mut payload, entries.len() as u64);
    for (name, data) in entries {
        put_varint(&mut payload, name.len() as u64);
        payload.extend_from_slice(name.as_bytes());
        put_varint(&mut payload, data.len() as u64);
        payload.extend_from_slice(data);
    }
    let mut out = Vec::with_capacity(payload.len() / 3 + 16);
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    out.push(kind as u8);
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&miniz_oxide::deflate::compress_to_vec(&payload, 10));
    out
}

/// Read a pack. Untrusted bytes: every failure is an error message, and inflating stops at the
/// declared size (itself bounded).
pub fn read(bytes: &[u8]) -> Result<Pack, String> {
    if bytes.len() < 10 || &bytes[..4] != MAGIC {
        return Err("not a Faultline stencil pack".into());
    }
    if bytes[4] != VERSION {
        return Err(format!(
            "stencil pack version {} is not supported (expected {})",
            bytes[4], VERSION
        ));
    }
    let kind = match bytes[5] {
        1 => PackKind::Stencils,
        2 => PackKind::Images,
        k => return Err(format!("unknown stencil pack kind {}", k)),
    };
    let raw_len = u32::from_le_bytes([bytes[6], bytes[7], bytes[8], bytes[9]]) as usize;
    if raw_len > MAX_RAW {
        return Err(format!("stencil pack is larger than {} MB", MAX_RAW >> 20));
    }
    let data = decompress_to_vec_with_limit(&bytes[10..], raw_len)
        .map_err(|_| "stencil pack data is corrupt".to_string())?;
    if data.len() != raw_len {
        return Err("stencil pack data is truncated".into());
    }
    let mut entries = Vec::new();
    {
        let mut r = Reader::new(&data);
        let n = r.count()?;
        entries.reserve(n);
        for _ in 0..n {
            let name = r.str()?;
            let body = r.bytes()?;
            let start = body.as_ptr() as usize - data.as_ptr() as usize;
            entries.push((name, start..start + body.len()));
        }
        if !r.at_end() {
            return Err("stencil pack has trailing data".into());
        }
    }
    Ok(Pack {
        kind,
        data,
        entries,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let entries = vec![
            ("mxgraph.a.b".to_string(), vec![1, 2, 3]),
            ("é".to_string(), vec![]),
            ("x".to_string(), vec![9; 1000]),
        ];
        let bytes = write(PackKind::Stencils, &entries);
        let p = read(&bytes).unwrap();
        assert_eq!(p.kind, PackKind::Stencils);
        let got: Vec<(String, Vec<u8>)> = p
            .entries
            .iter()
            .map(|(n, r)| (n.clone(), p.entry(r).to_vec()))
            .collect();
        assert_eq!(got, entries);
        assert!(bytes.len() < 100, "compressed: {}", bytes.len());
    }

    #[test]
    fn corrupt_packs_are_errors() {
        let bytes = write(PackKind::Images, &[("a.svg".to_string(), vec![1, 60, 115])]);
        assert!(read(&bytes[..bytes.len() - 1]).is_err());
        assert!(read(b"FLPK").is_err());
        assert!(read(b"NOPE\x01\x01\0\0\0\0").is_err());
        let mut v = bytes.clone();
        v[4] = 9;
        assert!(read(&v).unwrap_err().contains("version"));
        let mut big = bytes.clone();
        big[6..10].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(read(&big).is_err());
        let mut wrong = bytes.clone();
        wrong[6] = wrong[6].wrapping_add(1);
        assert!(read(&wrong).is_err());
        for cut in 0..bytes.len() {
            let _ = read(&bytes[..cut]);
        }
    }
}
