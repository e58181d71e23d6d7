//! `kintsugi`: read a Kintsugi backup without the app. Argument parsing, files,
//! prompts and messages only; every check and all cryptography is in `kintsugi-model`.
//!
//! Exit codes (also in README.md): 0 done; 1 a file could not be read or written (or
//! would be overwritten); 2 wrong usage; 3 wrong passphrase; 4 damaged, incomplete, or
//! not a Kintsugi backup; 5 made by a newer version; 6 security settings outside what
//! this version accepts; 7 input for `create` that is not valid.

mod export;
mod plan;

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use kintsugi_model::RecordBackupWriter;
use kintsugi_model::{
    BACKUP_CHUNK_LEN, BACKUP_HEADER_BYTES, BackupReader, BackupSummary, BackupWriter, Error,
    KdfParams, Record, RecordId, inspect_backup,
};
use zeroize::Zeroizing;

/// Read your Kintsugi backup without the app.
#[derive(Debug, Parser)]
#[command(name = "kintsugi", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Work with backup files.
    #[command(subcommand)]
    Backup(BackupCommand),
}

#[derive(Debug, Subcommand)]
enum BackupCommand {
    /// Show the facts in a backup's header. Needs no passphrase and shows nothing secret.
    Inspect {
        /// The backup file.
        file: PathBuf,
    },
    /// Check every part of a backup with its passphrase and count its records.
    Verify {
        /// The backup file.
        file: PathBuf,
        /// Read the passphrase from this file (its first line) instead of asking.
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
    },
    /// Write the records of a backup as readable, UNENCRYPTED files.
    Decrypt {
        /// The backup file.
        file: PathBuf,
        /// The folder to write into (made if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Replace files that already exist there.
        #[arg(long)]
        force: bool,
        /// Read the passphrase from this file (its first line) instead of asking.
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
    },
    /// Make a new backup from the JSON files `decrypt` wrote.
    Create {
        /// The folder with the JSON files.
        #[arg(long, value_name = "DIR")]
        from: PathBuf,
        /// The backup file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace the backup file if it exists.
        #[arg(long)]
        force: bool,
        /// Read the passphrase from this file (its first line) instead of asking twice.
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
        /// Argon2id memory in KiB (lower only for tests).
        #[arg(long, default_value_t = KdfParams::DEFAULT.memory_kib)]
        kdf_memory_kib: u32,
        /// Argon2id passes (lower only for tests).
        #[arg(long, default_value_t = KdfParams::DEFAULT.iterations)]
        kdf_iterations: u32,
    },
}

/// Why a command stopped.
#[derive(Debug)]
enum Failure {
    /// A file could not be read or written.
    Io(String),
    /// The core refused; `context` says what it was working on.
    Core { error: Error, context: String },
    /// Input for `create` that is not in the shape `decrypt` writes.
    Input(String),
}

impl Failure {
    fn io(what: &str, path: &Path, error: &io::Error) -> Self {
        Self::Io(format!("could not {what} {}: {error}", path.display()))
    }

    fn core(context: impl Into<String>) -> impl FnOnce(Error) -> Self {
        let context = context.into();
        move |error| Self::Core { error, context }
    }

    const fn exit_code(&self) -> u8 {
        match self {
            Self::Io(_) => 1,
            Self::Input(_) => 7,
            Self::Core { error, .. } => match error {
                Error::WrongPassphrase => 3,
                Error::Corrupt | Error::Truncated | Error::NotABackup => 4,
                Error::UnsupportedVersion => 5,
                Error::InvalidParameters => 6,
                Error::InvalidRecord | Error::WeakPassphrase => 7,
                _ => 1,
            },
        }
    }

    fn message(&self) -> String {
        match self {
            Self::Io(message) | Self::Input(message) => message.clone(),
            Self::Core { error, context } => format!("{context}: {error}"),
        }
    }
}

type Outcome = Result<(), Failure>;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Command::Backup(command) = cli.command;
    let outcome = match command {
        BackupCommand::Inspect { file } => inspect(&file),
        BackupCommand::Verify {
            file,
            passphrase_file,
        } => verify(&file, passphrase_file.as_deref()),
        BackupCommand::Decrypt {
            file,
            out,
            force,
            passphrase_file,
        } => decrypt(&file, &out, force, passphrase_file.as_deref()),
        BackupCommand::Create {
            from,
            out,
            force,
            passphrase_file,
            kdf_memory_kib,
            kdf_iterations,
        } => {
            let params = KdfParams {
                memory_kib: kdf_memory_kib,
                iterations: kdf_iterations,
                parallelism: 1,
            };
            create(&from, &out, force, passphrase_file.as_deref(), params)
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("kintsugi: {}", failure.message());
            ExitCode::from(failure.exit_code())
        }
    }
}

fn inspect(path: &Path) -> Outcome {
    let mut file = File::open(path).map_err(|e| Failure::io("open", path, &e))?;
    let size = file
        .metadata()
        .map_err(|e| Failure::io("read", path, &e))?
        .len();
    let mut header = Vec::with_capacity(BACKUP_HEADER_BYTES);
    Read::by_ref(&mut file)
        .take(BACKUP_HEADER_BYTES as u64)
        .read_to_end(&mut header)
        .map_err(|e| Failure::io("read", path, &e))?;
    let info = inspect_backup(&header).map_err(Failure::core(path.display().to_string()))?;
    let params = info.kdf_params;
    println!("Kintsugi backup, format version {}", info.format_version);
    println!("File size: {size} bytes");
    println!(
        "Key derivation: Argon2id, memory {} KiB, passes {}, lanes {}",
        params.memory_kib, params.iterations, params.parallelism
    );
    if !info.params_acceptable {
        println!(
            "These settings are outside what this version accepts: it will not open the file."
        );
    }
    let payload = size.saturating_sub(BACKUP_HEADER_BYTES as u64);
    let chunk = BACKUP_CHUNK_LEN as u64;
    if payload == 0 || payload % chunk != 0 {
        println!("The size is not a whole number of parts: the file is probably incomplete.");
    } else {
        println!("Encrypted parts: {} of 64 KiB", payload / chunk);
    }
    Ok(())
}

/// The passphrase from `--passphrase-file` (its first line) or from a prompt.
fn passphrase(file: Option<&Path>, prompt: &str) -> Result<Zeroizing<String>, Failure> {
    match file {
        Some(path) => {
            let text = Zeroizing::new(
                fs::read_to_string(path).map_err(|e| Failure::io("read", path, &e))?,
            );
            let line = text.split(['\n', '\r']).next().unwrap_or_default();
            Ok(Zeroizing::new(line.to_owned()))
        }
        None => rpassword::prompt_password(prompt)
            .map(Zeroizing::new)
            .map_err(|e| Failure::Io(format!("could not read the passphrase: {e}"))),
    }
}

/// Streams the whole file through the reader. Returns the records only once every part
/// has been verified.
fn read_all(
    path: &Path,
    passphrase_file: Option<&Path>,
) -> Result<(Vec<(RecordId, Record)>, BackupSummary), Failure> {
    let mut file = File::open(path).map_err(|e| Failure::io("open", path, &e))?;
    let passphrase = passphrase(passphrase_file, "Backup passphrase: ")?;
    let mut reader = BackupReader::new(&passphrase);
    let context = path.display().to_string();
    let mut records = Vec::new();
    let mut buffer = vec![0u8; BACKUP_CHUNK_LEN];
    loop {
        let read = file
            .read(&mut buffer)
            .map_err(|e| Failure::io("read", path, &e))?;
        if read == 0 {
            break;
        }
        records.extend(
            reader
                .push(&buffer[..read])
                .map_err(Failure::core(context.clone()))?,
        );
    }
    let summary = reader.finish().map_err(Failure::core(context))?;
    Ok((records, summary))
}

fn verify(path: &Path, passphrase_file: Option<&Path>) -> Outcome {
    let (_, summary) = read_all(path, passphrase_file)?;
    println!(
        "The backup is complete and intact: {} record(s), made {}.",
        summary.record_count,
        export::utc(summary.created_at_ms)
    );
    Ok(())
}

fn decrypt(path: &Path, out: &Path, force: bool, passphrase_file: Option<&Path>) -> Outcome {
    let (records, summary) = read_all(path, passphrase_file)?;
    let mut files: Vec<(String, String)> = export::json_files(&records).into_iter().collect();
    files.push((
        "journal.md".to_owned(),
        export::journal_markdown(&records, summary.created_at_ms),
    ));
    if let Some(markdown) = export::incident_log_markdown(&records) {
        files.push(("incident-log.md".to_owned(), markdown));
    }
    if let Some(markdown) = plan::safety_plan_markdown(&records) {
        files.push(("safety-plan.md".to_owned(), markdown));
    }
    if !force {
        if let Some((name, _)) = files.iter().find(|(name, _)| out.join(name).exists()) {
            return Err(Failure::Io(format!(
                "{} already exists; nothing was written (use --force to replace it)",
                out.join(name).display()
            )));
        }
    }
    private_folder(out)?;
    for (name, text) in &files {
        let target = out.join(name);
        write_private(&target, text).map_err(|e| Failure::io("write", &target, &e))?;
    }
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    println!(
        "Wrote {} record(s) to {}: {}.",
        summary.record_count,
        out.display(),
        names.join(", ")
    );
    println!(
        "These files are NOT encrypted: anyone who can open them can read them. \
         Delete them when you are done."
    );
    Ok(())
}

/// Makes `out` (and any missing parents) readable by this user only (0700 on Unix), or
/// checks that an existing `out` already is: the files going into it are plaintext.
fn private_folder(out: &Path) -> Outcome {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        if out.exists() {
            let mode = fs::metadata(out)
                .map_err(|e| Failure::io("read", out, &e))?
                .permissions()
                .mode();
            if mode & 0o077 != 0 {
                return Err(Failure::Io(format!(
                    "{} can be opened by other users of this computer; nothing was written \
                     (give a new folder, which is made private, or run chmod 700 on it)",
                    out.display()
                )));
            }
            return Ok(());
        }
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(out)
            .map_err(|e| Failure::io("create", out, &e))
    }
    #[cfg(not(unix))]
    {
        fs::create_dir_all(out).map_err(|e| Failure::io("create", out, &e))
    }
}

/// Writes `text` to `target`, readable and writable by this user only (0600 on Unix),
/// also when it replaces a file that was readable by others (`--force`).
fn write_private(target: &Path, text: &str) -> io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(target)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // An existing file keeps its mode on open: tighten it before any plaintext goes in.
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    file.set_len(0)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

fn create(
    from: &Path,
    out: &Path,
    force: bool,
    passphrase_file: Option<&Path>,
    params: KdfParams,
) -> Outcome {
    if out.exists() && !force {
        return Err(Failure::Io(format!(
            "{} already exists; nothing was written (use --force to replace it)",
            out.display()
        )));
    }
    let mut inputs: Vec<PathBuf> = fs::read_dir(from)
        .map_err(|e| Failure::io("read", from, &e))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    inputs.sort();

    let passphrase = match passphrase_file {
        Some(_) => passphrase(passphrase_file, "")?,
        None => {
            let first = passphrase(None, "New backup passphrase: ")?;
            let again = passphrase(None, "The same passphrase again: ")?;
            if *first != *again {
                return Err(Failure::Input(
                    "the two passphrases are not the same; nothing was written".to_owned(),
                ));
            }
            first
        }
    };
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| u64::try_from(elapsed.as_millis()).unwrap_or(0));
    let mut writer = BackupWriter::with_params(&passphrase, params, now_ms)
        .map_err(Failure::core("the new backup"))?;

    // Everything is checked and sealed in memory first, so a bad entry writes nothing.
    let mut sealed = Vec::new();
    for input in &inputs {
        let text = fs::read_to_string(input).map_err(|e| Failure::io("read", input, &e))?;
        let items = export::records_from_json(&text)
            .map_err(|reason| Failure::Input(format!("{}: {reason}", input.display())))?;
        for (i, (id, json)) in items.iter().enumerate() {
            let context = format!("{}, entry {}", input.display(), i + 1);
            let id = RecordId::from_hex(id).map_err(Failure::core(context.clone()))?;
            sealed.extend(
                writer
                    .push_json(&id, json)
                    .map_err(Failure::core(context))?,
            );
        }
    }
    let count = writer.record_count();
    sealed.extend(writer.finish().map_err(Failure::core("the new backup"))?);
    let mut file = File::create(out).map_err(|e| Failure::io("create", out, &e))?;
    file.write_all(&sealed)
        .and_then(|()| file.sync_all())
        .map_err(|e| Failure::io("write", out, &e))?;
    println!("Wrote a backup of {count} record(s) to {}.", out.display());
    Ok(())
}
