//! The modules of this crate and of `kintsugi-vault` form no cycle: reads every source
//! file's `crate::` paths (outside comments and `#[cfg(test)]` blocks) and fails on the
//! first cycle it finds, naming it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// The top-level module a source file belongs to (`insights/time.rs` is `insights`).
fn module_of(relative: &Path) -> Option<String> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib").then(|| name.to_owned())
}

/// The code of a file without comments and without its `#[cfg(test)]` items.
fn library_code(source: &str) -> String {
    let mut out = String::new();
    let mut skipping_test = false;
    let mut depth = 0i32;
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("");
        if !skipping_test && line.trim() == "#[cfg(test)]" {
            skipping_test = true;
            depth = 0;
            continue;
        }
        if skipping_test {
            depth += code.matches('{').count() as i32 - code.matches('}').count() as i32;
            // The test item ends when its braces close (or at a `;` for `mod x;`).
            if depth <= 0 && (code.contains('}') || code.trim_end().ends_with(';')) {
                skipping_test = false;
            }
            continue;
        }
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// The modules named by `crate::name` and `crate::{name, ...}` in `code`.
fn referenced(code: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                names.insert(name);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            names.insert(name);
        }
    }
    // Lower-case names are modules; `crate::Record` would go through lib.rs, which every
    // module is below: count it as a reference to lib.
    names
        .into_iter()
        .map(|n| {
            if n.starts_with(|c: char| c.is_ascii_uppercase()) {
                "lib".to_owned()
            } else {
                n
            }
        })
        .collect()
}

fn graph_of(src: &Path) -> Graph {
    let mut graph = Graph::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("the source folder is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path.strip_prefix(src).expect("below src");
            let Some(module) = module_of(relative) else {
                continue;
            };
            let source = fs::read_to_string(&path).expect("a source file is UTF-8");
            let uses = referenced(&library_code(&source));
            let edges = graph.entry(module.clone()).or_default();
            edges.extend(uses.into_iter().filter(|m| *m != module));
        }
    }
    graph
}

/// The first cycle found, as the modules along it, or `None`.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &Graph,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

fn src(crate_dir: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(crate_dir)
        .join("src")
}

#[test]
fn the_model_has_no_module_cycle() {
    let graph = graph_of(&src("."));
    // `Record` is made at the crate root from the list of kinds, so record.rs, which implements
    // its shared rules, goes through lib; the kinds themselves never do (checked below).
    assert!(graph.contains_key("record") && graph["record"].contains("lib"));
    assert!(graph["insights"].contains("lib") && graph["insights"].contains("tracker"));
    assert_eq!(find_cycle(&graph), None, "{graph:#?}");
}

#[test]
fn the_vault_has_no_module_cycle() {
    let graph = graph_of(&src("../vault"));
    assert!(graph.contains_key("vault") && graph["vault"].contains("crypto"));
    assert_eq!(find_cycle(&graph), None, "{graph:#?}");
}

#[test]
fn limits_and_kind_are_leaves() {
    let graph = graph_of(&src("."));
    assert_eq!(graph["limits"], BTreeSet::new());
    assert_eq!(graph["kind"], BTreeSet::new());
    // No kind reaches the enum that lists them all.
    for kind in [
        "journal", "safety", "tracker", "diary", "incident", "plan", "walkaway",
    ] {
        assert!(!graph[kind].contains("record"), "{kind} uses record");
        assert!(!graph[kind].contains("lib"), "{kind} uses lib");
    }
}

#[test]
fn the_check_finds_a_cycle_and_skips_tests_and_comments() {
    let code = library_code(
        "use crate::a::X;\n// use crate::b;\nuse crate::{c::Y, d};\n#[cfg(test)]\nmod tests {\n    use crate::e;\n}\nuse crate::Record;\n",
    );
    let names: Vec<String> = referenced(&code).into_iter().collect();
    assert_eq!(names, ["a", "c", "d", "lib"]);
    let mut graph = Graph::new();
    graph.insert("a".into(), ["b".to_owned()].into());
    graph.insert("b".into(), ["c".to_owned()].into());
    assert_eq!(find_cycle(&graph), None);
    graph.insert("c".into(), ["a".to_owned()].into());
    assert_eq!(find_cycle(&graph).map(|c| c.len()), Some(4));
}
