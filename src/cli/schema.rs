//! `rpkd schema [--out DIR]`: write the JSON Schemas of the plan files (`rpkd.schema.json`,
//! `program.schema.json`, `rat.schema.json`), generated from the model.

use super::output::Output;
use rpkd::msg;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder to write the schemas to (a plan's `schema/` folder, for the editor modelines
    /// `rpkd init` writes)
    #[arg(long, value_name = "DIR", default_value = "schema", value_hint = clap::ValueHint::DirPath)]
    out: PathBuf,
}

pub fn run(args: Args, out: &Output) -> ExitCode {
    let files: Vec<rpkd::render::OutputFile> = rpkd::schema::all()
        .into_iter()
        .map(|(name, schema)| rpkd::render::OutputFile {
            name: name.into(),
            bytes: rpkd::schema::to_text(&schema).into_bytes(),
        })
        .collect();
    match rpkd::write::write_files(&args.out, &files) {
        Ok(written) => {
            for path in written {
                out.say(&msg!("cli-wrote", path = path.as_path()));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            out.error(&e.message());
            ExitCode::FAILURE
        }
    }
}
