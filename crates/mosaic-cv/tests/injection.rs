//! Portfolio text is data, never markup: Typst and HTML syntax print literally.

mod common;

use common::{options, render};
use mosaic_cv::Template;
use mosaic_cv::bench::portfolio_with_entries;

const PAYLOADS: [&str; 6] = [
    "#set page(width: 1cm)",
    "*bold*",
    "$x$",
    "]",
    "#panic(\"x\")",
    "<script>alert(1)</script>",
];

fn hostile(tag: &str) -> String {
    format!("{tag} {}", PAYLOADS.join(" "))
}

fn hostile_portfolio() -> mosaic_core::Portfolio {
    let mut p = portfolio_with_entries(1);
    let pr = &mut p.profile;
    pr.name_latin = hostile("NAME");
    pr.name_own_script = Some(hostile("OWN"));
    pr.email = Some(hostile("EMAIL"));
    pr.phone = Some(hostile("PHONE"));
    pr.city = Some(hostile("CITY"));
    pr.country = Some(hostile("COUNTRY"));
    pr.about = Some(hostile("ABOUT"));
    pr.mother_tongues = vec![hostile("MOTHER")];
    let e = &mut p.experience[0];
    e.role = hostile("ROLE");
    e.employer = Some(hostile("EMPLOYER"));
    e.place = Some(hostile("PLACE"));
    e.description = Some(hostile("DESCRIPTION"));
    let ed = &mut p.education[0];
    ed.qualification = hostile("QUALIFICATION");
    ed.institution = Some(hostile("INSTITUTION"));
    ed.country = Some(hostile("EDCOUNTRY"));
    ed.description = Some(hostile("EDDESC"));
    p.languages[0].code = hostile("LANGCODE");
    let c = &mut p.certificates[0];
    c.title = hostile("CERTTITLE");
    c.issuer = Some(hostile("ISSUER"));
    c.level = Some(hostile("CERTLEVEL"));
    let pg = &mut p.programmes[0];
    pg.title = hostile("PROGTITLE");
    pg.provider = Some(hostile("PROVIDER"));
    pg.modules[0].name = hostile("MODULE");
    let a = &mut p.activities[0];
    a.title = Some(hostile("ACTTITLE"));
    a.organiser = Some(hostile("ORGANISER"));
    a.place = Some(hostile("ACTPLACE"));
    a.note = Some(hostile("ACTNOTE"));
    let s = &mut p.skills[0];
    s.name = hostile("SKILLNAME");
    s.category = Some(hostile("SKILLCAT"));
    s.level = Some(hostile("SKILLLEVEL"));
    s.description = Some(hostile("SKILLDESC"));
    p
}

const TAGS: [&str; 30] = [
    "NAME",
    "OWN",
    "EMAIL",
    "PHONE",
    "CITY",
    "COUNTRY",
    "ABOUT",
    "MOTHER",
    "ROLE",
    "EMPLOYER",
    "PLACE",
    "DESCRIPTION",
    "QUALIFICATION",
    "INSTITUTION",
    "EDCOUNTRY",
    "EDDESC",
    "LANGCODE",
    "CERTTITLE",
    "ISSUER",
    "CERTLEVEL",
    "PROGTITLE",
    "PROVIDER",
    "MODULE",
    "ACTTITLE",
    "ORGANISER",
    "ACTPLACE",
    "ACTNOTE",
    "SKILLNAME",
    "SKILLCAT",
    "SKILLLEVEL",
];

#[test]
fn markup_in_every_field_prints_literally() {
    let p = hostile_portfolio();
    for template in [Template::Europass, Template::Compact] {
        let pdf = render(&p, None, &options("en", template, &[]));
        // Lines may break inside a payload ("</" + "script>"), so compare without whitespace.
        let text: String = pdf.text().split_whitespace().collect();
        for tag in TAGS.iter().chain(["SKILLDESC"].iter()) {
            let expected: String = hostile(tag).split_whitespace().collect();
            assert!(
                text.contains(&expected),
                "{template}: field {tag} not literal.\nexpected: {expected}\ntext: {text}"
            );
        }
        // The page was not shrunk to 1cm wide by `#set page(width: 1cm)`.
        let info = pdf.info();
        assert!(info.contains("595.") && info.contains("841."), "{info}");
    }
}

#[test]
fn markup_survives_json_resume_and_europass_xml() {
    let p = hostile_portfolio();
    let o = options("en", Template::Europass, &[]);
    let json = mosaic_cv::json_resume(&p, &o).to_string();
    let back: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(back["basics"]["name"], hostile("NAME"));
    let xml = mosaic_cv::europass_xml(&p, &o).expect("xml");
    assert!(!xml.contains("<script>"), "unescaped HTML in XML");
    assert!(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}
