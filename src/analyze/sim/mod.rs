//! The evaluation simulator (see `faultline-sim`).
