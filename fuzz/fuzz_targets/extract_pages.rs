//! Any bytes → pages or an error; never a panic, hang or unbounded allocation.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(pages) = faultline::decode::extract_pages(data) {
        assert!(!pages.is_empty());
        let total: usize = pages.iter().map(|p| p.xml.len()).sum();
        assert!(total <= faultline::decode::MAX_DECODED_BYTES + data.len());
    }
});
