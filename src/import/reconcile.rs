//! What a filled form changes: each open cell against what it held when the form was exported
//! and what the plan holds now (a three-way comparison, so importing a form twice changes
//! nothing the second time, and a figure corrected in the plan since the export is not
//! overwritten by a stale one), turned into the [`edit`](super::edit) changes of the RAT files.
//! Pure. A cell whose text is not a figure is written as that text, so the check that follows
//! reports it with the rules and codes `rpkd check` uses (E005, E019, …) at the cell.

use super::edit::{FileChanges, LineChange, NewLine, QuarterChange, Value as Yaml, yaml_string};
use super::form::{FilledForm, Input, number_text};
use crate::diag::{Code, Diagnostic};
use crate::i18n::Message;
use crate::load::workbook::Value;
use crate::locale::rupiah;
use crate::model::{AidKind, FundingSource, Rupiah};
use crate::msg;
use crate::source::{FileId, SourceFiles, Span};
use crate::view::form::FormLine;

/// One change as the `--dry-run` table shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// `dinsos-2025.xlsx`
    pub form: String,
    /// `Realisasi!L9`
    pub cell: String,
    /// The RAT year whose file changes.
    pub year: u16,
    /// `1.06.05.2.02.0001`, with its executor where the line names one.
    pub line: String,
    /// `keluaran TW II`, `realisasi APBD TW II`, `keterangan`, `usulan baris baru`.
    pub what: Message,
    pub before: String,
    pub after: String,
}

/// Tags of written values → the workbook cell each came from.
#[derive(Debug, Default)]
pub struct Tags {
    pub cells: Vec<(FileId, usize)>,
}

impl Tags {
    pub fn tag(&mut self, file: FileId, cell: usize) -> usize {
        self.cells.push((file, cell));
        self.cells.len() - 1
    }
}

const QUARTER: [&str; 4] = ["I", "II", "III", "IV"];

fn span(sources: &SourceFiles, form: &FilledForm, cell: usize) -> Span {
    sources.cell_span(form.file, cell)
}

/// The value a cell asks to write, as YAML, or a diagnostic where it cannot stand for one.
fn yaml_number(
    input: &Input,
    money: bool,
    sources: &SourceFiles,
    form: &FilledForm,
    out: &mut Vec<Diagnostic>,
) -> String {
    match &input.value {
        Value::Number(n) => number_text(*n),
        Value::Text(t) => {
            let t = t.trim();
            // A number typed as text (`'1500000`) is still the number.
            match t.parse::<f64>() {
                Ok(n)
                    if t.bytes()
                        .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-') =>
                {
                    number_text(n)
                }
                _ => yaml_string(t),
            }
        }
        other => {
            let found = match other {
                Value::Date(_) => msg!("import-found-date"),
                Value::Bool(_) => msg!("found-bool"),
                _ => msg!("found-nothing"),
            };
            let expected = if money {
                crate::load::words::expected(<Rupiah as crate::load::decode::Decode>::EXPECTED)
            } else {
                msg!("expect-number")
            };
            out.push(
                Diagnostic::new(
                    Code::WrongType,
                    msg!(
                        "decode-wrong-type",
                        expected = expected,
                        found = found.clone()
                    ),
                )
                .primary(
                    span(sources, form, input.cell),
                    msg!("decode-this-is", found = found),
                )
                .hint(msg!("import-cell-as-number")),
            );
            "0".into()
        }
    }
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y,
        (Value::Text(x), Value::Text(y)) => x.trim() == y.trim(),
        (Value::Empty, Value::Text(t)) | (Value::Text(t), Value::Empty) => t.trim().is_empty(),
        _ => a == b,
    }
}

fn is_empty(v: &Value) -> bool {
    same(v, &Value::Empty)
}

fn shown(v: &Value, money: bool) -> String {
    match v {
        Value::Empty => "—".into(),
        Value::Number(n) if money && n.fract() == 0.0 && *n >= 0.0 => rupiah(Rupiah(*n as u64)),
        Value::Number(n) => crate::locale::decimal(*n, 4),
        Value::Text(t) => format!("`{t}`"),
        Value::Bool(b) => b.to_string(),
        Value::Date(d) | Value::Error(d) => d.clone(),
    }
}

/// The agency's change to one field, if it made one that the plan does not already hold.
enum Decision {
    Keep,
    Set,
    Conflict,
    Emptied,
}

fn decide(input: &Input, current: &Value) -> Decision {
    if same(&input.value, &input.base) || same(&input.value, current) {
        return Decision::Keep;
    }
    if !same(current, &input.base) {
        return Decision::Conflict;
    }
    if is_empty(&input.value) {
        return Decision::Emptied;
    }
    Decision::Set
}

/// `what` of the line `code`, where a field changed.
struct Field<'a> {
    what: &'a Message,
    code: &'a str,
}

fn conflict(
    input: &Input,
    current: &Value,
    money: bool,
    field: Field<'_>,
    sources: &SourceFiles,
    form: &FilledForm,
) -> Diagnostic {
    Diagnostic::new(
        Code::ImportConflict,
        msg!(
            "import-conflict",
            what = field.what.clone(),
            code = field.code,
            form = shown(&input.value, money),
            plan = shown(current, money),
            base = shown(&input.base, money)
        ),
    )
    .primary(
        span(sources, form, input.cell),
        msg!("import-conflict-label"),
    )
    .hint(msg!("import-conflict-hint"))
}

fn emptied(
    input: &Input,
    money: bool,
    field: Field<'_>,
    sources: &SourceFiles,
    form: &FilledForm,
) -> Diagnostic {
    Diagnostic::new(
        Code::ImportConflict,
        msg!(
            "import-emptied",
            what = field.what.clone(),
            code = field.code,
            base = shown(&input.base, money)
        ),
    )
    .primary(
        span(sources, form, input.cell),
        msg!("import-emptied-label"),
    )
    .hint(msg!("import-emptied-hint"))
}

/// What the plan holds for a field now.
fn current_output(line: &FormLine, q: usize) -> Value {
    line.quarters[q]
        .as_ref()
        .map_or(Value::Empty, |f| Value::Number(f.output))
}

fn current_spent(line: &FormLine, q: usize, i: usize) -> Value {
    line.quarters[q].as_ref().map_or(Value::Empty, |f| {
        Value::Number(f.spent.get(i).map_or(0, |a| a.0) as f64)
    })
}

fn line_label(line: &FormLine) -> String {
    match &line.executor {
        Some(e) => format!("{} ({e})", line.code),
        None => line.code.clone(),
    }
}

/// The changes of one form to its year's RAT file, the changes for the table, and problems.
pub fn reconcile(
    form: &FilledForm,
    sources: &SourceFiles,
    tags: &mut Tags,
    changes: &mut FileChanges,
    table: &mut Vec<Change>,
    out: &mut Vec<Diagnostic>,
) {
    let cell_name = |cell: usize| {
        sources
            .get(form.file)
            .cell(sources.cell_span(form.file, cell))
            .map(|c| c.full())
            .unwrap_or_default()
    };
    let record = |line: &FormLine,
                  input: &Input,
                  what: Message,
                  money: bool,
                  table: &mut Vec<Change>,
                  before: &Value| {
        table.push(Change {
            form: form.name.clone(),
            cell: cell_name(input.cell),
            year: form.view.year,
            line: line_label(line),
            what,
            before: shown(before, money),
            after: shown(&input.value, money),
        });
    };
    for (line, input) in form.view.lines.iter().zip(&form.lines) {
        let mut change = LineChange {
            code: line.code.clone(),
            executor: line.executor.clone(),
            anchor: input
                .allocation_cells
                .first()
                .map(|cell| tags.tag(form.file, *cell)),
            ..LineChange::default()
        };
        for (q, quarter) in input.quarters.iter().enumerate() {
            let reported = line.quarters[q].is_some();
            let quarter_name = QUARTER[q];
            let mut fields: Vec<(&Input, Value, bool, Message)> = vec![(
                &quarter.output,
                current_output(line, q),
                false,
                msg!("import-field-output", quarter = quarter_name),
            )];
            for (i, spent) in quarter.spent.iter().enumerate() {
                let what = if line.sources.len() > 1 {
                    msg!(
                        "import-field-spent-from",
                        quarter = quarter_name,
                        source = line.sources[i].0.label()
                    )
                } else {
                    msg!("import-field-spent", quarter = quarter_name)
                };
                fields.push((spent, current_spent(line, q, i), true, what));
            }
            let mut set = vec![false; fields.len()];
            let mut any = false;
            for (k, (input, current, money, what)) in fields.iter().enumerate() {
                match decide(input, current) {
                    Decision::Keep => {}
                    Decision::Set => {
                        set[k] = true;
                        any = true;
                    }
                    Decision::Conflict => out.push(conflict(
                        input,
                        current,
                        *money,
                        Field {
                            what,
                            code: &line.code,
                        },
                        sources,
                        form,
                    )),
                    Decision::Emptied => out.push(emptied(
                        input,
                        *money,
                        Field {
                            what,
                            code: &line.code,
                        },
                        sources,
                        form,
                    )),
                }
            }
            if !any {
                continue;
            }
            if !reported {
                // A new entry needs every figure of its quarter.
                let mut complete = true;
                for (input, _, _, what) in &fields {
                    if is_empty(&input.value) {
                        complete = false;
                        out.push(
                            Diagnostic::new(
                                Code::MissingKey,
                                msg!(
                                    "import-quarter-incomplete",
                                    what = what.clone(),
                                    code = &line.code
                                ),
                            )
                            .primary(span(sources, form, input.cell), msg!("import-empty"))
                            .hint(msg!("import-quarter-incomplete-hint")),
                        );
                    }
                }
                if !complete {
                    continue;
                }
                set.iter_mut().for_each(|s| *s = true);
            }
            let anchor = tags.tag(form.file, quarter.output.cell);
            let mut qc = QuarterChange {
                quarter: q as u8 + 1,
                output: None,
                spent: Vec::new(),
                anchor,
            };
            for (k, (input, current, money, what)) in fields.iter().enumerate() {
                if !set[k] {
                    continue;
                }
                let yaml = Yaml {
                    yaml: yaml_number(input, *money, sources, form, out),
                    tag: tags.tag(form.file, input.cell),
                };
                record(line, input, what.clone(), *money, table, current);
                if k == 0 {
                    qc.output = Some(yaml);
                } else {
                    let key = line.split.then(|| line.sources[k - 1].0.key().to_owned());
                    qc.spent.push((key, yaml));
                }
            }
            // Where a split line's entry is new, every source is written (they were all set).
            change.quarters.push(qc);
        }
        let current_notes = line.notes.clone().map_or(Value::Empty, Value::Text);
        let notes = match &input.notes.value {
            Value::Number(n) => Input {
                value: Value::Text(number_text(*n)),
                ..input.notes.clone()
            },
            _ => input.notes.clone(),
        };
        match decide(&notes, &current_notes) {
            Decision::Keep => {}
            Decision::Set => {
                let text = match &notes.value {
                    Value::Text(t) => t.trim().to_owned(),
                    other => shown(other, false),
                };
                record(
                    line,
                    &notes,
                    msg!("import-field-notes"),
                    false,
                    table,
                    &current_notes,
                );
                change.notes = Some(Yaml {
                    yaml: yaml_string(&text),
                    tag: tags.tag(form.file, notes.cell),
                });
            }
            Decision::Conflict => out.push(conflict(
                &notes,
                &current_notes,
                false,
                Field {
                    what: &msg!("import-field-notes"),
                    code: &line.code,
                },
                sources,
                form,
            )),
            Decision::Emptied => out.push(emptied(
                &notes,
                false,
                Field {
                    what: &msg!("import-field-notes"),
                    code: &line.code,
                },
                sources,
                form,
            )),
        }
        if !change.quarters.is_empty() || change.notes.is_some() {
            changes.lines.push(change);
        }
    }
}

/// A keyword written in a cell: its label as the drop-down lists it, or its key.
fn keyword<T: Copy>(
    text: &str,
    all: &[T],
    key: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Option<T> {
    let wanted = crate::diag::normalise_word(text);
    all.iter().copied().find(|k| {
        crate::diag::normalise_word(key(*k)) == wanted
            || crate::diag::normalise_word(label(*k)) == wanted
    })
}

/// The proposed lines of one form, for the RAT of its proposal year.
#[allow(clippy::too_many_arguments)]
pub fn proposals(
    form: &FilledForm,
    sources: &SourceFiles,
    tags: &mut Tags,
    proposal_rat_lines: &[(String, Option<String>)],
    plan_codes: &[String],
    changes: &mut FileChanges,
    table: &mut Vec<Change>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(year) = form.view.proposal_year else {
        return;
    };
    let at = |i: &Input| span(sources, form, i.cell);
    // Rows of one code are the sources of one line.
    let mut groups: Vec<(String, Vec<&super::form::ProposalInput>)> = Vec::new();
    for p in &form.proposals {
        let code = match &p.code.value {
            Value::Text(t) => t.trim().to_owned(),
            Value::Number(n) => number_text(*n),
            _ => String::new(),
        };
        if code.is_empty() {
            out.push(
                Diagnostic::new(Code::MissingKey, msg!("import-proposal-without-code"))
                    .primary(at(&p.code), msg!("import-which-sub-kegiatan"))
                    .hint(msg!("import-proposal-without-code-hint")),
            );
            continue;
        }
        let Some(proposable) = form.view.proposable.iter().find(|x| x.code == code) else {
            let owner = form.view.owner.as_str();
            let why = if proposal_rat_lines.iter().any(|(c, _)| *c == code) {
                msg!(
                    "import-proposal-taken",
                    code = code.as_str(),
                    owner = owner,
                    year = year
                )
            } else if plan_codes.contains(&code) {
                msg!(
                    "import-proposal-not-carried",
                    code = code.as_str(),
                    owner = owner
                )
            } else {
                msg!("import-proposal-unknown-code", code = code.as_str())
            };
            out.push(
                Diagnostic::new(Code::ProposedLine, why)
                    .primary(at(&p.code), msg!("import-cannot-propose-here"))
                    .hint_opt(crate::diag::did_you_mean(
                        &code,
                        form.view.proposable.iter().map(|x| x.code.as_str()),
                    ))
                    .hint(msg!("import-proposable-list-hint")),
            );
            continue;
        };
        match groups.iter_mut().find(|(c, _)| *c == code) {
            Some((_, rows)) => rows.push(p),
            None => groups.push((proposable.code.clone(), vec![p])),
        }
    }
    for (code, rows) in groups {
        let first = rows[0];
        let proposable = form.view.proposable.iter().find(|x| x.code == code);
        let required = |input: &Input, what: Message, out: &mut Vec<Diagnostic>| {
            if is_empty(&input.value) {
                out.push(
                    Diagnostic::new(
                        Code::MissingKey,
                        msg!(
                            "import-proposal-missing",
                            code = code.as_str(),
                            what = what.clone()
                        ),
                    )
                    .primary(at(input), msg!("import-empty"))
                    .hint(msg!("import-proposal-missing-hint", what = what)),
                );
                false
            } else {
                true
            }
        };
        let mut ok = required(&first.target, msg!("import-column-target"), out);
        ok &= required(&first.aid, msg!("import-column-aid"), out);
        let mut amounts: Vec<(Option<FundingSource>, &Input, &Input)> = Vec::new();
        for row in &rows {
            ok &= required(&row.source, msg!("import-column-source"), out);
            ok &= required(&row.allocation, msg!("import-column-allocation"), out);
            let source = match &row.source.value {
                Value::Text(t) => keyword(
                    t,
                    FundingSource::ALL,
                    FundingSource::key,
                    FundingSource::label,
                ),
                _ => None,
            };
            if let Some(s) = source
                && amounts.iter().any(|(x, _, _)| *x == Some(s))
            {
                out.push(
                    Diagnostic::new(
                        Code::ProposedLine,
                        msg!(
                            "import-proposal-source-twice",
                            source = s.key(),
                            code = code.as_str()
                        ),
                    )
                    .primary(at(&row.source), msg!("import-again"))
                    .hint(msg!("import-proposal-source-twice-hint")),
                );
                ok = false;
            }
            amounts.push((source, &row.source, &row.allocation));
        }
        if !ok {
            continue;
        }
        let mut value = |input: &Input, yaml: String| Yaml {
            yaml,
            tag: tags.tag(form.file, input.cell),
        };
        let mut fields: Vec<(&'static str, Yaml)> =
            vec![("sub_kegiatan", value(&first.code, format!("\"{code}\"")))];
        if proposable.is_some_and(|p| p.names_executor) {
            fields.push((
                "perangkat_daerah",
                value(&first.code, yaml_string(&form.view.owner)),
            ));
        }
        fields.push((
            "target",
            value(
                &first.target,
                yaml_number(&first.target, false, sources, form, out),
            ),
        ));
        let source_yaml =
            |source: Option<FundingSource>, input: &Input| match (source, &input.value) {
                (Some(s), _) => s.key().to_owned(),
                (None, Value::Text(t)) => yaml_string(t.trim()),
                (None, _) => "\"\"".into(),
            };
        if amounts.len() == 1 {
            let (source, s_in, a_in) = amounts[0];
            fields.push((
                "alokasi",
                value(a_in, yaml_number(a_in, true, sources, form, out)),
            ));
            fields.push(("sumber_dana", value(s_in, source_yaml(source, s_in))));
        } else {
            let mut map = String::from("{");
            for (i, (source, s_in, a_in)) in amounts.iter().enumerate() {
                if i > 0 {
                    map.push_str(", ");
                }
                map.push_str(&source_yaml(*source, s_in));
                map.push_str(": ");
                map.push_str(&yaml_number(a_in, true, sources, form, out));
            }
            map.push('}');
            fields.push(("alokasi", value(&first.allocation, map)));
        }
        let aid = match &first.aid.value {
            Value::Text(t) => keyword(t, AidKind::ALL, AidKind::key, AidKind::label)
                .map_or_else(|| yaml_string(t.trim()), |a| a.key().to_owned()),
            _ => "\"\"".into(),
        };
        fields.push(("jenis_bantuan", value(&first.aid, aid)));
        if let Value::Text(t) = &first.locations.value {
            let places: Vec<String> = t
                .split(';')
                .map(str::trim)
                .filter(|p| {
                    !p.is_empty() && !crate::diag::normalise_word(p).starts_with("seluruhwilayah")
                })
                .map(flow_string)
                .collect();
            if !places.is_empty() {
                fields.push((
                    "lokasi",
                    value(&first.locations, format!("[{}]", places.join(", "))),
                ));
            }
        }
        if let Value::Text(t) = &first.notes.value
            && !t.trim().is_empty()
        {
            fields.push(("keterangan", value(&first.notes, yaml_string(t.trim()))));
        }
        let anchor = tags.tag(form.file, first.code.cell);
        table.push(Change {
            form: form.name.clone(),
            cell: sources
                .get(form.file)
                .cell(at(&first.code))
                .map(|c| c.full())
                .unwrap_or_default(),
            year,
            line: code.clone(),
            what: msg!("import-field-proposal"),
            before: "—".into(),
            after: amounts
                .iter()
                .map(|(_, _, a)| shown(&a.value, true))
                .collect::<Vec<_>>()
                .join(" + "),
        });
        changes.proposals.push(NewLine {
            fields,
            comment: format!("Usulan {} dari formulir {}", form.view.owner, form.name),
            anchor,
        });
    }
}

/// A string in a flow list: quoted where it holds a flow indicator.
fn flow_string(s: &str) -> String {
    let plain = yaml_string(s);
    if !plain.starts_with('"') && s.contains([',', '[', ']', '{', '}']) {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        plain
    }
}
