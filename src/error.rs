//! One error type for every stage. Messages are single lines a user can act on.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The input is not any draw.io container form we know.
    Format,
    /// XML that does not parse.
    Xml,
    /// Bad base64, deflate or URL encoding.
    Encoding,
    /// A limit (size, cell count, nesting) was exceeded.
    Limit,
    /// The requested page does not exist.
    Page,
    /// The cell tree is broken (missing parent, cycle).
    Structure,
    /// Bad options passed by the host.
    Options,
    /// I/O in a native host.
    Io,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        let mut message: String = message.into();
        // Keep it one line whatever the source text held.
        if message.contains(['\n', '\r']) {
            message = message.replace(['\n', '\r'], " ");
        }
        Error { kind, message }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
