//! `looplab run FILE` sees the script's directory as node does: binary files (not UTF-8), empty directories
//! and symbolic links included.

use std::process::Command;

#[test]
fn binary_files_empty_dirs_and_symlinks_are_copied() {
    let dir = std::env::temp_dir().join(format!("looplab-tree-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["uploads", "data"] {
        if let Err(e) = std::fs::create_dir_all(dir.join(sub)) {
            panic!("{e}");
        }
    }
    let files: [(&str, &[u8]); 3] = [
        ("data/logo.bin", &[0x89, 0x50, 0xff, 0xfe, 0x00]),
        ("data/notes.txt", b"caf\xc3\xa9\n"),
        (
            "main.js",
            b"const fs = require('fs');\n\
              console.log(fs.readFileSync('data/logo.bin').toString('hex'));\n\
              console.log(fs.readdirSync('.').sort().join(' '), fs.readdirSync('uploads').length);\n\
              console.log(fs.readlinkSync('link.txt'), fs.readFileSync('link.txt', 'utf8').trim());\n",
        ),
    ];
    for (name, body) in files {
        if let Err(e) = std::fs::write(dir.join(name), body) {
            panic!("{e}");
        }
    }
    #[cfg(unix)]
    if let Err(e) = std::os::unix::fs::symlink("data/notes.txt", dir.join("link.txt")) {
        panic!("{e}");
    }
    let out = match Command::new(env!("CARGO_BIN_EXE_looplab"))
        .args(["run", "main.js"])
        .current_dir(&dir)
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!("cannot run looplab: {e}"),
    };
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "no error expected"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "8950fffe00\ndata link.txt main.js uploads 0\ndata/notes.txt café\n"
    );
}
