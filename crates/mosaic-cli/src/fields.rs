//! `FIELD=VALUE` arguments to JSON: `city=Msida`, `levels.reading=B1`, `hours=2`.

use anyhow::{Result, bail};
use serde_json::{Map, Value};

/// Builds an object from the arguments. With `typed`, values that read as JSON
/// (numbers, booleans, arrays, objects) keep that type; otherwise all are strings.
pub fn parse(args: &[String], typed: bool) -> Result<Value> {
    let mut root = Map::new();
    for arg in args {
        let Some((path, raw)) = arg.split_once('=') else {
            bail!("`{arg}` is not FIELD=VALUE");
        };
        let value = if raw.is_empty() {
            Value::Null
        } else if typed {
            match serde_json::from_str::<Value>(raw) {
                Ok(
                    v @ (Value::Number(_) | Value::Bool(_) | Value::Array(_) | Value::Object(_)),
                ) => v,
                _ => Value::String(raw.to_string()),
            }
        } else {
            Value::String(raw.to_string())
        };
        insert(&mut root, path, value)?;
    }
    Ok(Value::Object(root))
}

fn insert(map: &mut Map<String, Value>, path: &str, value: Value) -> Result<()> {
    match path.split_once('.') {
        None => {
            map.insert(path.to_string(), value);
        }
        Some((head, rest)) => {
            let child = map
                .entry(head.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            let Value::Object(child) = child else {
                bail!("`{head}` is set both as a value and as an object");
            };
            insert(child, rest, value)?;
        }
    }
    Ok(())
}

/// Tries the arguments as strings first, then with JSON types, so that both
/// `level=2` (a text field) and `hours=2` (a number field) work.
pub fn with_both<T>(
    args: &[String],
    mut f: impl FnMut(Value) -> mosaic_core::Result<T>,
) -> Result<T> {
    let as_text = parse(args, false)?;
    let typed = parse(args, true)?;
    let differ = typed != as_text;
    match f(as_text) {
        Ok(v) => Ok(v),
        Err(first) if differ => match f(typed) {
            Ok(v) => Ok(v),
            Err(_) => Err(first.into()),
        },
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn dotted_paths_nest_and_types_follow_the_mode() {
        let args = vec![
            "levels.reading=B1".to_string(),
            "hours=2".into(),
            "note=".into(),
        ];
        assert_eq!(
            parse(&args, true).unwrap(),
            serde_json::json!({"levels": {"reading": "B1"}, "hours": 2, "note": null})
        );
        assert_eq!(parse(&args, false).unwrap()["hours"], "2");
        assert!(parse(&["novalue".to_string()], true).is_err());
    }
}
