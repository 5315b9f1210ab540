//! `rpkd impor`: filled-in forms → the realisation (and proposed lines) written into the RAT
//! files in place.
pub mod edit;
