//! Style fixes draw.io applies after resolution (`mxGraph.postProcessCellStyle`), for image
//! data URIs: draw.io writes `image=data:image/png,iVBOR…` because `;` separates style tokens,
//! and puts `;base64` back when drawing.

use crate::style::Style;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::borrow::Cow;

/// The characters `encodeURIComponent` leaves alone.
const URI_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// Other tools write `image=data:image/png;base64,…`, which the `;` split would cut in two.
/// Join it back before resolving (draw.io would lose such an image; keeping it costs nothing).
pub(super) fn repair_image_data_uri(style: &str) -> Cow<'_, str> {
    let mut text = Cow::Borrowed(style);
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|r| r.find("image=data:image/")) {
        let at = from + found;
        from = at + 1;
        if at > 0 && text.as_bytes().get(at - 1) != Some(&b';') {
            continue;
        }
        let Some(semi) = text[at..].find(';').map(|e| at + e) else {
            break;
        };
        if text[semi..].starts_with(";base64,") && !text[at..semi].contains(',') {
            let mut fixed = text.into_owned();
            fixed.replace_range(semi..semi + ";base64".len(), "");
            text = Cow::Owned(fixed);
        }
    }
    text
}

/// Put `;base64` back into `image=data:image/…,` values (svg+xml with `<` is URL-encoded instead).
pub(super) fn post_process(style: &mut Style) {
    let Some(image) = style.get("image") else {
        return;
    };
    if !image.starts_with("data:image/") {
        return;
    }
    let fixed = if let Some(svg) = image.strip_prefix("data:image/svg+xml,<") {
        format!(
            "data:image/svg+xml,{}",
            utf8_percent_encode(&format!("<{}", svg), URI_COMPONENT)
        )
    } else if image.starts_with("data:image/svg+xml,%3C") {
        return;
    } else {
        match image.find(',') {
            Some(comma) if comma > 0 && !image[..comma].ends_with(";base64") => {
                format!("{};base64,{}", &image[..comma], &image[comma + 1..])
            }
            _ => return,
        }
    };
    style.set("image", &fixed);
}
