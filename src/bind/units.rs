//! Grafana value formats (`@grafana/data` getValueFormat) reimplemented from their documented
//! behaviour: the same unit ids, the same scaling, rounding and suffixes, so a bound label reads
//! exactly like a Grafana stat panel. `tests/units-parity.test.mjs` compares the two over a grid.
//!
//! Not supported (a compile error names the unit): hex/hex0x, full-currency
//! (`currency:financial:`), `time:<moment format>`, dateTimeAsLocal/System (browser locale).

use super::jsnum;

/// A value formatted as prefix + text + suffix (Grafana's FormattedValue).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Formatted {
    pub prefix: String,
    pub text: String,
    pub suffix: String,
}

impl Formatted {
    fn text(text: String) -> Formatted {
        Formatted {
            text,
            ..Default::default()
        }
    }
    fn with_suffix(text: String, suffix: impl Into<String>) -> Formatted {
        Formatted {
            text,
            suffix: suffix.into(),
            prefix: String::new(),
        }
    }
}

impl std::fmt::Display for Formatted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}{}", self.prefix, self.text, self.suffix)
    }
}

/// What formatting needs besides the value: the clock and the timezone for date units.
#[derive(Debug, Clone, Copy, Default)]
pub struct FormatCtx {
    pub now_ms: f64,
    /// Minutes east of UTC for date units (0 = UTC).
    pub tz_offset_min: i32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum TimeBase {
    Ns,
    Us,
    Ms,
    S,
    Min,
    Hour,
    Day,
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    /// toFixedUnit: number with an optional symbol (suffix after a space, or prefix).
    Fixed {
        sym: String,
        prefix: bool,
    },
    /// scaledUnits: value scaled by powers of `factor`, suffix from `exts`.
    Scaled {
        factor: f64,
        exts: Vec<String>,
        offset: i32,
    },
    /// simpleCountUnit: K/M/B/T then the symbol.
    Count(String),
    Currency {
        sym: String,
        suffix: bool,
    },
    Percent,
    PercentUnit,
    Sci,
    Locale,
    Str,
    Time(TimeBase),
    /// dtdurationms / dtdurations: "1 day, 2 hours".
    Duration {
        ms_per_unit: f64,
        scale: &'static str,
    },
    Hms,
    Dhms,
    TimeTicks,
    Clock {
        scale: f64,
    },
    Bool {
        t: String,
        f: String,
    },
    Date {
        pattern: &'static str,
        today: Option<&'static str>,
    },
    FromNow,
}

/// A unit resolved once at compile time.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub id: String,
    kind: Kind,
}

const SI_PREFIXES: [&str; 14] = [
    "f", "p", "n", "µ", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y",
];
const SI_BASE: i32 = 5;
const BIN_PREFIXES: [&str; 9] = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "Zi", "Yi"];

fn si(sym: &str, offset: i32) -> Kind {
    Kind::Scaled {
        factor: 1000.0,
        exts: SI_PREFIXES
            .iter()
            .map(|p| format!(" {}{}", p, sym))
            .collect(),
        offset: SI_BASE + offset,
    }
}
fn bin(sym: &str, offset: i32) -> Kind {
    Kind::Scaled {
        factor: 1024.0,
        exts: BIN_PREFIXES
            .iter()
            .map(|p| format!(" {}{}", p, sym))
            .collect(),
        offset,
    }
}
fn fixed(sym: &str) -> Kind {
    Kind::Fixed {
        sym: sym.to_string(),
        prefix: false,
    }
}
fn count(sym: &str) -> Kind {
    Kind::Count(sym.to_string())
}
fn cur(sym: &str, suffix: bool) -> Kind {
    Kind::Currency {
        sym: sym.to_string(),
        suffix,
    }
}

/// Built-in unit ids, in Grafana's categories. Custom forms: `prefix:X`, `suffix:X`, `si:X`,
/// `count:X`, `bool:T/F`.
fn builtin(id: &str) -> Option<Kind> {
    Some(match id {
        // Misc
        "" | "none" => fixed(""),
        "string" => Kind::Str,
        "short" => Kind::Scaled {
            factor: 1000.0,
            exts: [
                "", " K", " Mil", " Bil", " Tri", " Quadr", " Quint", " Sext", " Sept",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            offset: 0,
        },
        "sishort" => si("", 0),
        "percent" => Kind::Percent,
        "percentunit" => Kind::PercentUnit,
        "humidity" => fixed("%H"),
        "dB" => fixed("dB"),
        "candela" => si("cd", 0),
        "sci" => Kind::Sci,
        "locale" => Kind::Locale,
        "pixel" => fixed("px"),
        // Acceleration, angle, area
        "accMS2" => fixed("m/sec²"),
        "accFS2" => fixed("f/sec²"),
        "accG" => fixed("g"),
        "degree" => fixed("°"),
        "radian" => fixed("rad"),
        "grad" => fixed("grad"),
        "arcmin" => fixed("arcmin"),
        "arcsec" => fixed("arcsec"),
        "areaM2" => fixed("m²"),
        "areaF2" => fixed("ft²"),
        "areaMI2" => fixed("mi²"),
        "acres" => fixed("ac"),
        "hectares" => fixed("ha"),
        // Computation
        "flops" => si("FLOPS", 0),
        "mflops" => si("FLOPS", 2),
        "gflops" => si("FLOPS", 3),
        "tflops" => si("FLOPS", 4),
        "pflops" => si("FLOPS", 5),
        "eflops" => si("FLOPS", 6),
        "zflops" => si("FLOPS", 7),
        "yflops" => si("FLOPS", 8),
        // Concentration
        "ppm" => fixed("ppm"),
        "conppb" => fixed("ppb"),
        "conngm3" => fixed("ng/m³"),
        "conngNm3" => fixed("ng/Nm³"),
        "conμgm3" => fixed("μg/m³"),
        "conμgNm3" => fixed("μg/Nm³"),
        "conmgm3" => fixed("mg/m³"),
        "conmgNm3" => fixed("mg/Nm³"),
        "congm3" => fixed("g/m³"),
        "congNm3" => fixed("g/Nm³"),
        "conmgdL" => fixed("mg/dL"),
        "conmmolL" => fixed("mmol/L"),
        // Currency (symbol before or after, K/M/B/T scaling)
        "currencyUSD" => cur("$", false),
        "currencyGBP" => cur("£", false),
        "currencyEUR" => cur("€", false),
        "currencyJPY" => cur("¥", false),
        "currencyRUB" => cur("₽", false),
        "currencyUAH" => cur("₴", false),
        "currencyBRL" => cur("R$", false),
        "currencyDKK" | "currencyISK" | "currencyNOK" | "currencySEK" => cur("kr", true),
        "currencyCZK" => cur("czk", false),
        "currencyCHF" => cur("CHF", false),
        "currencyPLN" => cur("PLN", false),
        "currencyBTC" => cur("฿", false),
        "currencymBTC" => cur("mBTC", false),
        "currencyμBTC" => cur("μBTC", false),
        "currencyZAR" => cur("R", false),
        "currencyINR" => cur("₹", false),
        "currencyKRW" => cur("₩", false),
        "currencyIDR" => cur("Rp", false),
        "currencyPHP" => cur("PHP", false),
        "currencyVND" => cur("đ", true),
        "currencyTRY" => cur("₺", true),
        "currencyMYR" => cur("RM", false),
        "currencyXPF" => cur("XPF", false),
        "currencyBGN" => cur("BGN", false),
        "currencyPYG" => cur("₲", false),
        "currencyUYU" => cur("UYU", false),
        "currencyILS" => cur("₪", false),
        // Data
        "bytes" => bin("B", 0),
        "decbytes" => si("B", 0),
        "bits" => bin("b", 0),
        "decbits" => si("b", 0),
        "kbytes" => bin("B", 1),
        "deckbytes" => si("B", 1),
        "mbytes" => bin("B", 2),
        "decmbytes" => si("B", 2),
        "gbytes" => bin("B", 3),
        "decgbytes" => si("B", 3),
        "tbytes" => bin("B", 4),
        "dectbytes" => si("B", 4),
        "pbytes" => bin("B", 5),
        "decpbytes" => si("B", 5),
        // Data rate
        "pps" => si("p/s", 0),
        "binBps" => bin("B/s", 0),
        "Bps" => si("B/s", 0),
        "binbps" => bin("b/s", 0),
        "bps" => si("b/s", 0),
        "KiBs" => bin("B/s", 1),
        "Kibits" => bin("b/s", 1),
        "KBs" => si("B/s", 1),
        "Kbits" => si("b/s", 1),
        "MiBs" => bin("B/s", 2),
        "Mibits" => bin("b/s", 2),
        "MBs" => si("B/s", 2),
        "Mbits" => si("b/s", 2),
        "GiBs" => bin("B/s", 3),
        "Gibits" => bin("b/s", 3),
        "GBs" => si("B/s", 3),
        "Gbits" => si("b/s", 3),
        "TiBs" => bin("B/s", 4),
        "Tibits" => bin("b/s", 4),
        "TBs" => si("B/s", 4),
        "Tbits" => si("b/s", 4),
        "PiBs" => bin("B/s", 5),
        "Pibits" => bin("b/s", 5),
        "PBs" => si("B/s", 5),
        "Pbits" => si("b/s", 5),
        // Date & time (timezone: FormatCtx::tz_offset_min)
        "dateTimeAsIso" => Kind::Date {
            pattern: "YYYY-MM-DD HH:mm:ss",
            today: None,
        },
        "dateTimeAsIsoNoDateIfToday" => Kind::Date {
            pattern: "YYYY-MM-DD HH:mm:ss",
            today: Some("HH:mm:ss"),
        },
        "dateTimeAsUS" => Kind::Date {
            pattern: "MM/DD/YYYY h:mm:ss a",
            today: None,
        },
        "dateTimeAsUSNoDateIfToday" => Kind::Date {
            pattern: "MM/DD/YYYY h:mm:ss a",
            today: Some("h:mm:ss a"),
        },
        "dateTimeFromNow" => Kind::FromNow,
        // Energy
        "watt" => si("W", 0),
        "kwatt" => si("W", 1),
        "megwatt" => si("W", 2),
        "gwatt" => si("W", 3),
        "mwatt" => si("W", -1),
        "Wm2" => si("W/m²", 0),
        "voltamp" => si("VA", 0),
        "kvoltamp" => si("VA", 1),
        "voltampreact" => si("VAr", 0),
        "kvoltampreact" => si("VAr", 1),
        "watth" => si("Wh", 0),
        "watthperkg" => si("Wh/kg", 0),
        "kwatth" => si("Wh", 1),
        "kwattm" => si("W-Min", 1),
        "mwatth" => si("Wh", 2),
        "amph" => si("Ah", 0),
        "kamph" => si("Ah", 1),
        "mamph" => si("Ah", -1),
        "joule" => si("J", 0),
        "ev" => si("eV", 0),
        "amp" => si("A", 0),
        "kamp" => si("A", 1),
        "mamp" => si("A", -1),
        "volt" => si("V", 0),
        "kvolt" => si("V", 1),
        "mvolt" => si("V", -1),
        "dBm" => si("dBm", 0),
        "mohm" => si("Ω", -1),
        "ohm" => si("Ω", 0),
        "kohm" => si("Ω", 1),
        "Mohm" => si("Ω", 2),
        "farad" => si("F", 0),
        "µfarad" => si("F", -2),
        "nfarad" => si("F", -3),
        "pfarad" => si("F", -4),
        "ffarad" => si("F", -5),
        "henry" => si("H", 0),
        "mhenry" => si("H", -1),
        "µhenry" => si("H", -2),
        "lumens" => si("Lm", 0),
        // Flow
        "flowgpm" => fixed("gpm"),
        "flowcms" => fixed("cms"),
        "flowcfs" => fixed("cfs"),
        "flowcfm" => fixed("cfm"),
        "litreh" => fixed("L/h"),
        "flowlpm" => fixed("L/min"),
        "flowmlpm" => fixed("mL/min"),
        "lux" => fixed("lux"),
        // Force, hash rate, mass, length
        "forceNm" => si("Nm", 0),
        "forcekNm" => si("Nm", 1),
        "forceN" => si("N", 0),
        "forcekN" => si("N", 1),
        "Hs" => si("H/s", 0),
        "KHs" => si("H/s", 1),
        "MHs" => si("H/s", 2),
        "GHs" => si("H/s", 3),
        "THs" => si("H/s", 4),
        "PHs" => si("H/s", 5),
        "EHs" => si("H/s", 6),
        "massmg" => si("g", -1),
        "massg" => si("g", 0),
        "masslb" => fixed("lb"),
        "masskg" => si("g", 1),
        "masst" => fixed("t"),
        "lengthmm" => si("m", -1),
        "lengthin" => fixed("in"),
        "lengthft" => fixed("ft"),
        "lengthm" => si("m", 0),
        "lengthkm" => si("m", 1),
        "lengthmi" => fixed("mi"),
        // Pressure
        "pressurembar" => si("bar", -1),
        "pressurebar" => si("bar", 0),
        "pressurekbar" => si("bar", 1),
        "pressurepa" => si("Pa", 0),
        "pressurehpa" => fixed("hPa"),
        "pressurekpa" => fixed("kPa"),
        "pressurehg" => fixed("\"Hg"),
        "pressurepsi" => Kind::Scaled {
            factor: 1000.0,
            exts: vec!["psi".into(), "ksi".into(), "Mpsi".into()],
            offset: 0,
        },
        // Radiation
        "radbq" => si("Bq", 0),
        "radci" => si("Ci", 0),
        "radgy" => si("Gy", 0),
        "radrad" => si("rad", 0),
        "radsv" => si("Sv", 0),
        "radmsv" => si("Sv", -1),
        "radusv" => si("Sv", -2),
        "radrem" => si("rem", 0),
        "radexpckg" => si("C/kg", 0),
        "radr" => si("R", 0),
        "radsvh" => si("Sv/h", 0),
        "radmsvh" => si("Sv/h", -1),
        "radusvh" => si("Sv/h", -2),
        // Rotation
        "rotrpm" => fixed("rpm"),
        "rothz" => si("Hz", 0),
        "rotkhz" => si("Hz", 1),
        "rotmhz" => si("Hz", 2),
        "rotghz" => si("Hz", 3),
        "rotrads" => fixed("rad/s"),
        "rotdegs" => fixed("°/s"),
        // Temperature
        "celsius" => fixed("°C"),
        "fahrenheit" | "farenheit" => fixed("°F"),
        "kelvin" => fixed("K"),
        // Time
        "hertz" => si("Hz", 0),
        "ns" => Kind::Time(TimeBase::Ns),
        "µs" => Kind::Time(TimeBase::Us),
        "ms" => Kind::Time(TimeBase::Ms),
        "s" => Kind::Time(TimeBase::S),
        "m" => Kind::Time(TimeBase::Min),
        "h" => Kind::Time(TimeBase::Hour),
        "d" => Kind::Time(TimeBase::Day),
        "dtdurationms" => Kind::Duration {
            ms_per_unit: 1.0,
            scale: "millisecond",
        },
        "dtdurations" => Kind::Duration {
            ms_per_unit: 1000.0,
            scale: "second",
        },
        "dthms" => Kind::Hms,
        "dtdhms" => Kind::Dhms,
        "timeticks" => Kind::TimeTicks,
        "clockms" => Kind::Clock { scale: 1.0 },
        "clocks" => Kind::Clock { scale: 1000.0 },
        // Throughput
        "cps" => count("c/s"),
        "ops" => count("ops/s"),
        "reqps" => count("req/s"),
        "rps" => count("rd/s"),
        "wps" => count("wr/s"),
        "iops" => count("io/s"),
        "eps" => count("evt/s"),
        "mps" => count("msg/s"),
        "recps" => count("rec/s"),
        "rowsps" => count("rows/s"),
        "cpm" => count("c/m"),
        "opm" => count("ops/m"),
        "reqpm" => count("req/m"),
        "rpm" => count("rd/m"),
        "wpm" => count("wr/m"),
        "epm" => count("evts/m"),
        "mpm" => count("msgs/m"),
        "recpm" => count("rec/m"),
        "rowspm" => count("rows/m"),
        // Velocity, volume
        "velocityms" => fixed("m/s"),
        "velocitykmh" => fixed("km/h"),
        "velocitymph" => fixed("mph"),
        "velocityknot" => fixed("kn"),
        "mlitre" => si("L", -1),
        "litre" => si("L", 0),
        "m3" => fixed("m³"),
        "Nm3" => fixed("Nm³"),
        "dm3" => fixed("dm³"),
        "gallons" => fixed("gal"),
        // Boolean
        "bool" => Kind::Bool {
            t: "True".into(),
            f: "False".into(),
        },
        "bool_yes_no" => Kind::Bool {
            t: "Yes".into(),
            f: "No".into(),
        },
        "bool_on_off" => Kind::Bool {
            t: "On".into(),
            f: "Off".into(),
        },
        _ => return None,
    })
}

/// Every built-in id (for the editor's unit picker and the parity test).
pub fn builtin_ids() -> Vec<&'static str> {
    const IDS: &[&str] = &[
        "none",
        "string",
        "short",
        "sishort",
        "percent",
        "percentunit",
        "humidity",
        "dB",
        "candela",
        "sci",
        "locale",
        "pixel",
        "accMS2",
        "accFS2",
        "accG",
        "degree",
        "radian",
        "grad",
        "arcmin",
        "arcsec",
        "areaM2",
        "areaF2",
        "areaMI2",
        "acres",
        "hectares",
        "flops",
        "mflops",
        "gflops",
        "tflops",
        "pflops",
        "eflops",
        "zflops",
        "yflops",
        "ppm",
        "conppb",
        "conngm3",
        "conngNm3",
        "conμgm3",
        "conμgNm3",
        "conmgm3",
        "conmgNm3",
        "congm3",
        "congNm3",
        "conmgdL",
        "conmmolL",
        "currencyUSD",
        "currencyGBP",
        "currencyEUR",
        "currencyJPY",
        "currencyRUB",
        "currencyUAH",
        "currencyBRL",
        "currencyDKK",
        "currencyISK",
        "currencyNOK",
        "currencySEK",
        "currencyCZK",
        "currencyCHF",
        "currencyPLN",
        "currencyBTC",
        "currencymBTC",
        "currencyμBTC",
        "currencyZAR",
        "currencyINR",
        "currencyKRW",
        "currencyIDR",
        "currencyPHP",
        "currencyVND",
        "currencyTRY",
        "currencyMYR",
        "currencyXPF",
        "currencyBGN",
        "currencyPYG",
        "currencyUYU",
        "currencyILS",
        "bytes",
        "decbytes",
        "bits",
        "decbits",
        "kbytes",
        "deckbytes",
        "mbytes",
        "decmbytes",
        "gbytes",
        "decgbytes",
        "tbytes",
        "dectbytes",
        "pbytes",
        "decpbytes",
        "pps",
        "binBps",
        "Bps",
        "binbps",
        "bps",
        "KiBs",
        "Kibits",
        "KBs",
        "Kbits",
        "MiBs",
        "Mibits",
        "MBs",
        "Mbits",
        "GiBs",
        "Gibits",
        "GBs",
        "Gbits",
        "TiBs",
        "Tibits",
        "TBs",
        "Tbits",
        "PiBs",
        "Pibits",
        "PBs",
        "Pbits",
        "dateTimeAsIso",
        "dateTimeAsIsoNoDateIfToday",
        "dateTimeAsUS",
        "dateTimeAsUSNoDateIfToday",
        "dateTimeFromNow",
        "watt",
        "kwatt",
        "megwatt",
        "gwatt",
        "mwatt",
        "Wm2",
        "voltamp",
        "kvoltamp",
        "voltampreact",
        "kvoltampreact",
        "watth",
        "watthperkg",
        "kwatth",
        "kwattm",
        "mwatth",
        "amph",
        "kamph",
        "mamph",
        "joule",
        "ev",
        "amp",
        "kamp",
        "mamp",
        "volt",
        "kvolt",
        "mvolt",
        "dBm",
        "mohm",
        "ohm",
        "kohm",
        "Mohm",
        "farad",
        "µfarad",
        "nfarad",
        "pfarad",
        "ffarad",
        "henry",
        "mhenry",
        "µhenry",
        "lumens",
        "flowgpm",
        "flowcms",
        "flowcfs",
        "flowcfm",
        "litreh",
        "flowlpm",
        "flowmlpm",
        "lux",
        "forceNm",
        "forcekNm",
        "forceN",
        "forcekN",
        "Hs",
        "KHs",
        "MHs",
        "GHs",
        "THs",
        "PHs",
        "EHs",
        "massmg",
        "massg",
        "masslb",
        "masskg",
        "masst",
        "lengthmm",
        "lengthin",
        "lengthft",
        "lengthm",
        "lengthkm",
        "lengthmi",
        "pressurembar",
        "pressurebar",
        "pressurekbar",
        "pressurepa",
        "pressurehpa",
        "pressurekpa",
        "pressurehg",
        "pressurepsi",
        "radbq",
        "radci",
        "radgy",
        "radrad",
        "radsv",
        "radmsv",
        "radusv",
        "radrem",
        "radexpckg",
        "radr",
        "radsvh",
        "radmsvh",
        "radusvh",
        "rotrpm",
        "rothz",
        "rotkhz",
        "rotmhz",
        "rotghz",
        "rotrads",
        "rotdegs",
        "celsius",
        "fahrenheit",
        "kelvin",
        "hertz",
        "ns",
        "µs",
        "ms",
        "s",
        "m",
        "h",
        "d",
        "dtdurationms",
        "dtdurations",
        "dthms",
        "dtdhms",
        "timeticks",
        "clockms",
        "clocks",
        "cps",
        "ops",
        "reqps",
        "rps",
        "wps",
        "iops",
        "eps",
        "mps",
        "recps",
        "rowsps",
        "cpm",
        "opm",
        "reqpm",
        "rpm",
        "wpm",
        "epm",
        "mpm",
        "recpm",
        "rowspm",
        "velocityms",
        "velocitykmh",
        "velocitymph",
        "velocityknot",
        "mlitre",
        "litre",
        "m3",
        "Nm3",
        "dm3",
        "gallons",
        "bool",
        "bool_yes_no",
        "bool_on_off",
    ];
    IDS.to_vec()
}

impl Unit {
    /// Resolve a Grafana unit id; unknown ids are an error (Grafana would print them as a suffix,
    /// which hides typos).
    pub fn parse(id: &str) -> Result<Unit, String> {
        if id.len() > 200 {
            return Err("unit id is too long".into());
        }
        if let Some(kind) = builtin(id) {
            return Ok(Unit {
                id: id.to_string(),
                kind,
            });
        }
        let custom = |kind| {
            Ok(Unit {
                id: id.to_string(),
                kind,
            })
        };
        if let Some((key, sub)) = id.split_once(':') {
            match key {
                "prefix" => {
                    return custom(Kind::Fixed {
                        sym: sub.to_string(),
                        prefix: true,
                    })
                }
                "suffix" => {
                    return custom(Kind::Fixed {
                        sym: sub.to_string(),
                        prefix: false,
                    })
                }
                "si" => {
                    let first: String = sub.chars().take(1).collect();
                    let off = SI_PREFIXES
                        .iter()
                        .position(|p| !p.is_empty() && *p == first || (first == "μ" && *p == "µ"));
                    let (off, unit) = match off {
                        Some(i) => (i as i32 - SI_BASE, &sub[first.len()..]),
                        None => (0, sub),
                    };
                    return custom(si(unit, off));
                }
                "count" => return custom(Kind::Count(sub.to_string())),
                "bool" => {
                    let (t, f) = sub.split_once('/').unwrap_or((sub, "-"));
                    return custom(Kind::Bool {
                        t: t.to_string(),
                        f: f.to_string(),
                    });
                }
                "currency" | "time" => {
                    return Err(format!("unit \"{}\" is not supported by the core", id))
                }
                _ => {}
            }
        }
        if matches!(
            id,
            "hex"
                | "hex0x"
                | "dateTimeAsLocal"
                | "dateTimeAsLocalNoDateIfToday"
                | "dateTimeAsSystem"
        ) {
            return Err(format!("unit \"{}\" is not supported by the core", id));
        }
        Err(format!("unknown unit \"{}\"", id))
    }

    /// True for units that format timestamps (epoch ms).
    pub fn is_date(&self) -> bool {
        matches!(self.kind, Kind::Date { .. } | Kind::FromNow)
    }

    /// Format like `getValueFormat(id)(value, decimals)`.
    pub fn format(&self, v: f64, decimals: Option<u32>, ctx: &FormatCtx) -> Formatted {
        let d = decimals.map(|d| d.min(20) as i32);
        match &self.kind {
            Kind::Fixed { sym, prefix } => {
                let text = to_fixed(v, d);
                if sym.is_empty() {
                    Formatted::text(text)
                } else if *prefix {
                    Formatted {
                        prefix: sym.clone(),
                        text,
                        suffix: String::new(),
                    }
                } else {
                    Formatted::with_suffix(text, format!(" {}", sym))
                }
            }
            Kind::Scaled {
                factor,
                exts,
                offset,
            } => scaled(v, d, *factor, exts, *offset),
            Kind::Count(sym) => {
                let mut f = scaled(v, d, 1000.0, &COUNT_EXTS.map(String::from), 0);
                f.suffix.push(' ');
                f.suffix.push_str(sym);
                f
            }
            Kind::Currency { sym, suffix } => {
                let neg = v < 0.0;
                let mut f = scaled(v.abs(), d, 1000.0, &COUNT_EXTS.map(String::from), 0);
                if *suffix {
                    f.suffix.push_str(sym);
                } else {
                    f.prefix = sym.clone();
                }
                if neg {
                    f.prefix = format!("-{}", f.prefix);
                }
                f
            }
            Kind::Percent => Formatted::with_suffix(to_fixed(v, d), "%"),
            Kind::PercentUnit => Formatted::with_suffix(to_fixed(100.0 * v, d), "%"),
            Kind::Sci => Formatted::text(jsnum::to_exponential(v, d.map(|d| d as usize))),
            Kind::Locale => Formatted::text(jsnum::to_locale(v, d.map(|d| d as usize))),
            Kind::Str => Formatted::text(jsnum::to_string(v)),
            Kind::Time(base) => time(v, d, *base),
            Kind::Duration { ms_per_unit, scale } => duration(v, d, *ms_per_unit, scale),
            Kind::Hms => hms(v),
            Kind::Dhms => dhms(v),
            Kind::TimeTicks => time(v / 100.0, d, TimeBase::S),
            Kind::Clock { scale } => Formatted::text(clock(v * scale, d)),
            Kind::Bool { t, f } => Formatted::text(if v != 0.0 && !v.is_nan() {
                t.clone()
            } else {
                f.clone()
            }),
            Kind::Date { pattern, today } => {
                let local = v + ctx.tz_offset_min as f64 * 60_000.0;
                let now = ctx.now_ms + ctx.tz_offset_min as f64 * 60_000.0;
                let same_day = (local / 86_400_000.0).floor() == (now / 86_400_000.0).floor();
                let p = match today {
                    Some(t) if same_day => t,
                    _ => pattern,
                };
                Formatted::text(format_date(local, p))
            }
            Kind::FromNow => Formatted::text(from_now(v, ctx.now_ms)),
        }
    }
}

const COUNT_EXTS: [&str; 5] = ["", "K", "M", "B", "T"];

/// Grafana's toFixed: auto decimals from the magnitude, JS rounding, zero padding.
pub fn to_fixed(value: f64, decimals: Option<i32>) -> String {
    if value.is_infinite() {
        return if value > 0.0 {
            "∞".into()
        } else {
            "-∞".into()
        };
    }
    let dec: f64 = match decimals {
        Some(d) => d as f64,
        None => decimals_for_value(value),
    };
    if value == 0.0 {
        let d = if dec.is_finite() {
            dec.clamp(0.0, 100.0) as usize
        } else {
            0
        };
        return jsnum::to_fixed(0.0, d);
    }
    // `decimals ? 10^max(0, decimals) : 1` (NaN and 0 are falsy).
    let factor = if dec != 0.0 && !dec.is_nan() {
        10f64.powf(dec.max(0.0))
    } else {
        1.0
    };
    let formatted = jsnum::to_string(jsnum::round(value * factor) / factor);
    if formatted.contains('e') {
        return formatted;
    }
    let precision = formatted.find('.').map_or(0, |p| formatted.len() - p - 1) as f64;
    if precision < dec {
        let pad = jsnum::to_string(factor);
        let n = (dec - precision) as usize;
        let zeros: String = pad.chars().skip(1).take(n).collect();
        return if precision > 0.0 {
            formatted + &zeros
        } else {
            formatted + "." + &zeros
        };
    }
    formatted
}

/// getDecimalsForValue: enough decimals for about two significant digits (NaN for NaN).
fn decimals_for_value(value: f64) -> f64 {
    if value.is_nan() {
        return f64::NAN;
    }
    let abs = value.abs();
    let log10 = (abs.ln() / std::f64::consts::LN_10).floor();
    let mut dec = -log10 + 1.0;
    let magn = 10f64.powf(-dec);
    let norm = abs / magn;
    if norm > 2.25 {
        dec += 1.0;
    }
    if value % 1.0 == 0.0 {
        dec = 0.0;
    }
    dec.max(0.0)
}

fn scaled(v: f64, d: Option<i32>, factor: f64, exts: &[String], offset: i32) -> Formatted {
    if !v.is_finite() {
        return Formatted::text(jsnum::to_locale(v, None));
    }
    let n = exts.len() as i32;
    let si_index = if v == 0.0 {
        0
    } else {
        (v.abs().log10() / factor.log10()).floor() as i32
    };
    let suffix = exts[(offset + si_index).clamp(0, n - 1) as usize].clone();
    let p = si_index.clamp(-offset, n - offset - 1);
    Formatted::with_suffix(to_fixed(v / factor.powf(p as f64), d), suffix)
}

fn plural_if(ext: &str, cond: bool) -> String {
    if cond && matches!(ext, " min" | " hour" | " day" | " week" | " year") {
        format!("{}s", ext)
    } else {
        ext.to_string()
    }
}

fn fixed_scaled(v: f64, d: Option<i32>, ext: &str) -> Formatted {
    Formatted::with_suffix(to_fixed(v, d), plural_if(ext, v.abs() > 1.0))
}

fn time(v: f64, d: Option<i32>, base: TimeBase) -> Formatted {
    let a = v.abs();
    match base {
        TimeBase::Ns => {
            if a < 1e3 {
                Formatted::with_suffix(to_fixed(v, d), " ns")
            } else if a < 1e6 {
                fixed_scaled(v / 1e3, d, " µs")
            } else if a < 1e9 {
                fixed_scaled(v / 1e6, d, " ms")
            } else if a < 6e10 {
                fixed_scaled(v / 1e9, d, " s")
            } else if a < 36e11 {
                fixed_scaled(v / 6e10, d, " min")
            } else if a < 864e11 {
                fixed_scaled(v / 36e11, d, " hour")
            } else {
                fixed_scaled(v / 864e11, d, " day")
            }
        }
        TimeBase::Us => {
            if a < 1e3 {
                Formatted::with_suffix(to_fixed(v, d), " µs")
            } else if a < 1e6 {
                fixed_scaled(v / 1e3, d, " ms")
            } else {
                fixed_scaled(v / 1e6, d, " s")
            }
        }
        TimeBase::Ms => {
            if a < 1e3 {
                Formatted::with_suffix(to_fixed(v, d), " ms")
            } else if a < 6e4 {
                fixed_scaled(v / 1e3, d, " s")
            } else if a < 36e5 {
                fixed_scaled(v / 6e4, d, " min")
            } else if a < 864e5 {
                fixed_scaled(v / 36e5, d, " hour")
            } else if a < 31536e6 {
                fixed_scaled(v / 864e5, d, " day")
            } else {
                fixed_scaled(v / 31536e6, d, " year")
            }
        }
        TimeBase::S => {
            if v == 0.0 {
                Formatted::with_suffix("0".into(), " s")
            } else if a < 1e-6 {
                fixed_scaled(v * 1e9, d, " ns")
            } else if a < 1e-3 {
                fixed_scaled(v * 1e6, d, " µs")
            } else if a < 1.0 {
                fixed_scaled(v * 1e3, d, " ms")
            } else if a < 60.0 {
                Formatted::with_suffix(to_fixed(v, d), " s")
            } else if a < 3600.0 {
                fixed_scaled(v / 60.0, d, " min")
            } else if a < 86400.0 {
                fixed_scaled(v / 3600.0, d, " hour")
            } else if a < 604800.0 {
                fixed_scaled(v / 86400.0, d, " day")
            } else if a < 31536e3 {
                fixed_scaled(v / 604800.0, d, " week")
            } else {
                fixed_scaled(v / 31556900.0, d, " year")
            }
        }
        TimeBase::Min => {
            if a < 60.0 {
                Formatted::with_suffix(to_fixed(v, d), " min")
            } else if a < 1440.0 {
                fixed_scaled(v / 60.0, d, " hour")
            } else if a < 10080.0 {
                fixed_scaled(v / 1440.0, d, " day")
            } else if a < 604800.0 {
                fixed_scaled(v / 10080.0, d, " week")
            } else {
                fixed_scaled(v / 525948.0, d, " year")
            }
        }
        TimeBase::Hour => {
            if a < 24.0 {
                Formatted::with_suffix(to_fixed(v, d), " hour")
            } else if a < 168.0 {
                fixed_scaled(v / 24.0, d, " day")
            } else if a < 8760.0 {
                fixed_scaled(v / 168.0, d, " week")
            } else {
                fixed_scaled(v / 8760.0, d, " year")
            }
        }
        TimeBase::Day => {
            if a < 7.0 {
                fixed_scaled(v, d, " day")
            } else if a < 365.0 {
                fixed_scaled(v / 7.0, d, " week")
            } else {
                fixed_scaled(v / 365.0, d, " year")
            }
        }
    }
}

const DURATION_UNITS: [(&str, f64); 8] = [
    ("year", 31536e3),
    ("month", 2592e3),
    ("week", 604800.0),
    ("day", 86400.0),
    ("hour", 3600.0),
    ("minute", 60.0),
    ("second", 1.0),
    ("millisecond", 1e-3),
];

fn duration(v: f64, d: Option<i32>, ms_per_unit: f64, scale: &str) -> Formatted {
    if v == 0.0 {
        return Formatted::with_suffix("0".into(), format!(" {}s", scale));
    }
    if v < 0.0 {
        let mut f = duration(-v, d, ms_per_unit, scale);
        f.suffix.push_str(" ago");
        return f;
    }
    if !v.is_finite() {
        return Formatted::text(String::new());
    }
    let mut size = v * ms_per_unit;
    let mut parts = Vec::new();
    let mut started = false;
    let mut left = d.unwrap_or(0);
    for (name, secs) in DURATION_UNITS {
        if left < 0 {
            break;
        }
        let interval = secs * 1e3;
        let value = size / interval;
        if value >= 1.0 || started {
            started = true;
            let floor = value.floor();
            parts.push(format!(
                "{} {}{}",
                jsnum::to_string(floor),
                name,
                if floor != 1.0 { "s" } else { "" }
            ));
            size %= interval;
            left -= 1;
        }
    }
    Formatted::text(parts.join(", "))
}

fn two(n: f64) -> String {
    if n > 9.0 {
        jsnum::to_string(n)
    } else {
        format!("0{}", jsnum::to_string(n))
    }
}

fn hms(v: f64) -> Formatted {
    if v < 0.0 {
        let mut f = hms(-v);
        f.suffix.push_str(" ago");
        return f;
    }
    if !v.is_finite() {
        return Formatted::text(String::new());
    }
    let h = (v / 3600.0).floor();
    let m = ((v % 3600.0) / 60.0).floor();
    let s = (v % 3600.0 % 60.0).floor();
    Formatted::text(format!("{}:{}:{}", two(h), two(m), two(s)))
}

fn dhms(v: f64) -> Formatted {
    if v < 0.0 {
        let mut f = dhms(-v);
        f.suffix.push_str(" ago");
        return f;
    }
    if !v.is_finite() {
        return Formatted::text(String::new());
    }
    let days = (v / 86400.0).floor();
    let day = if days > 0.0 {
        format!("{} d ", jsnum::to_string(days))
    } else {
        String::new()
    };
    Formatted::text(day + &hms(v - days * 86400.0).text)
}

/// moment.utc(ms).format for the clock units (SSS, ss, mm of the UTC time).
fn clock(ms: f64, d: Option<i32>) -> String {
    if !ms.is_finite() {
        return String::new();
    }
    // new Date(ms) truncates toward zero (TimeClip), then moment reads the UTC fields.
    let t = ms.trunc();
    // moment of an out-of-range Date formats as "Invalid date".
    let invalid = t.abs() > 8.64e15;
    let sss = format!("{:03}", t.rem_euclid(1000.0) as i64);
    let ss = format!("{:02}", (t / 1000.0).floor().rem_euclid(60.0) as i64);
    let mm = format!("{:02}", (t / 60_000.0).floor().rem_euclid(60.0) as i64);
    if invalid && ms < 3_600_000.0 {
        return "Invalid date".into();
    }
    if ms < 1000.0 {
        return format!("{}ms", sss);
    }
    if ms < 60_000.0 {
        return if d == Some(0) {
            format!("{}s", ss)
        } else {
            format!("{}s:{}ms", ss, sss)
        };
    }
    if ms < 3_600_000.0 {
        return match d {
            Some(0) => format!("{}m", mm),
            Some(1) => format!("{}m:{}s", mm, ss),
            _ => format!("{}m:{}s:{}ms", mm, ss, sss),
        };
    }
    let hours = format!("{}h", jsnum::to_string((ms / 3_600_000.0).floor()));
    match d {
        Some(0) => hours,
        _ if invalid => format!("{}:Invalid date", hours),
        Some(1) => format!("{}:{}m", hours, mm),
        Some(2) => format!("{}:{}m:{}s", hours, mm, ss),
        _ => format!("{}:{}m:{}s:{}ms", hours, mm, ss, sss),
    }
}

/// Civil date from days since 1970-01-01 (proleptic Gregorian).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The few moment tokens Grafana's date units use: YYYY MM DD HH h mm ss a.
pub fn format_date(ms: f64, pattern: &str) -> String {
    if !ms.is_finite() || ms.abs() > 8.64e15 {
        return "Invalid date".into();
    }
    // new Date(ms) truncates toward zero.
    let t = ms.trunc() as i64;
    let days = t.div_euclid(86_400_000);
    let in_day = t.rem_euclid(86_400_000);
    let (y, mo, d) = civil(days);
    let (hh, mi, ss) = (in_day / 3_600_000, in_day / 60_000 % 60, in_day / 1000 % 60);
    let mut out = String::new();
    let mut rest = pattern;
    while !rest.is_empty() {
        let tok = ["YYYY", "MM", "DD", "HH", "mm", "ss", "h", "a"]
            .iter()
            .find(|t| rest.starts_with(**t));
        match tok {
            Some(&t) => {
                match t {
                    "YYYY" => out.push_str(&format!("{:04}", y)),
                    "MM" => out.push_str(&format!("{:02}", mo)),
                    "DD" => out.push_str(&format!("{:02}", d)),
                    "HH" => out.push_str(&format!("{:02}", hh)),
                    "mm" => out.push_str(&format!("{:02}", mi)),
                    "ss" => out.push_str(&format!("{:02}", ss)),
                    "h" => out.push_str(&format!("{}", if hh % 12 == 0 { 12 } else { hh % 12 })),
                    _ => out.push_str(if hh < 12 { "am" } else { "pm" }),
                }
                rest = &rest[t.len()..];
            }
            None => {
                let c = rest.chars().next().unwrap_or(' ');
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// moment's fromNow with its default thresholds ("5 minutes ago", "in an hour").
pub fn from_now(ms: f64, now: f64) -> String {
    // Beyond ±8.64e15 ms a JS Date is invalid.
    if !ms.is_finite() || ms.abs() > 8.64e15 {
        return "Invalid date".into();
    }
    let diff = ms - now;
    let r = |x: f64| jsnum::round(x.abs());
    let seconds = r(diff / 1000.0);
    let minutes = r(diff / 60_000.0);
    let hours = r(diff / 3_600_000.0);
    let days = r(diff / 86_400_000.0);
    let months = r(diff / 86_400_000.0 * 4800.0 / 146_097.0);
    let years = r(diff / 86_400_000.0 * 4800.0 / 146_097.0 / 12.0);
    let n = jsnum::to_string;
    let text = if seconds < 45.0 {
        "a few seconds".to_string()
    } else if minutes <= 1.0 {
        "a minute".into()
    } else if minutes < 45.0 {
        format!("{} minutes", n(minutes))
    } else if hours <= 1.0 {
        "an hour".into()
    } else if hours < 22.0 {
        format!("{} hours", n(hours))
    } else if days <= 1.0 {
        "a day".into()
    } else if days < 26.0 {
        format!("{} days", n(days))
    } else if months <= 1.0 {
        "a month".into()
    } else if months < 11.0 {
        format!("{} months", n(months))
    } else if years <= 1.0 {
        "a year".into()
    } else {
        format!("{} years", n(years))
    };
    if diff > 0.0 {
        format!("in {}", text)
    } else {
        format!("{} ago", text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(unit: &str, v: f64, d: Option<u32>) -> String {
        Unit::parse(unit)
            .unwrap()
            .format(v, d, &FormatCtx::default())
            .to_string()
    }

    #[test]
    fn values_match_grafana() {
        // Reference strings printed by @grafana/data 12.4 getValueFormat(unit)(value, decimals).
        assert_eq!(f("short", 1234567.0, None), "1.23 Mil");
        assert_eq!(f("bytes", 1024.0 * 1024.0 * 3.5, None), "3.50 MiB");
        assert_eq!(f("ms", 123456.0, None), "2.06 mins");
        assert_eq!(f("percent", 0.0, None), "0%");
        assert_eq!(f("locale", 1234567.891, None), "1,234,567.891");
        assert_eq!(f("sci", 12345.0, Some(2)), "1.23e+4");
        assert_eq!(f("clockms", 45.0, None), "045ms");
        assert_eq!(f("clockms", -42.42, None), "958ms");
        assert_eq!(
            f("dtdurationms", 123456789.0, Some(2)),
            "1 day, 10 hours, 17 minutes"
        );
        assert_eq!(f("s", -0.0001, None), "-100 µs");
        assert_eq!(f("short", f64::INFINITY, None), "∞");
        assert_eq!(f("none", 1e21, None), "1e+21");
        assert_eq!(f("percentunit", 0.1234, Some(1)), "12.3%");
        assert_eq!(f("reqps", 1500.0, None), "1.50K req/s");
        assert_eq!(f("celsius", 21.456, Some(1)), "21.5 °C");
        assert_eq!(f("currencyUSD", -1500.0, None), "-$1.50K");
    }

    #[test]
    fn unknown_units_are_errors() {
        assert!(Unit::parse("millis").unwrap_err().contains("unknown unit"));
        assert!(Unit::parse("hex").is_err());
        assert_eq!(
            Unit::parse("suffix:rpm")
                .unwrap()
                .format(3.0, None, &FormatCtx::default())
                .to_string(),
            "3 rpm"
        );
        assert_eq!(
            Unit::parse("si:kW")
                .unwrap()
                .format(1500.0, None, &FormatCtx::default())
                .to_string(),
            "1.50 MW"
        );
        for id in builtin_ids() {
            assert!(Unit::parse(id).is_ok(), "{id}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(
            format_date(0.0, "YYYY-MM-DD HH:mm:ss"),
            "1970-01-01 00:00:00"
        );
        assert_eq!(
            format_date(1_700_000_000_000.0, "MM/DD/YYYY h:mm:ss a"),
            "11/14/2023 10:13:20 pm"
        );
        assert_eq!(from_now(0.0, 5.0 * 60_000.0), "5 minutes ago");
        assert_eq!(from_now(3_600_000.0, 0.0), "in an hour");
    }
}
