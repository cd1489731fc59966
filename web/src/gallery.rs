//! The built-in lessons of static/gallery, embedded at build time by build.rs.

/// One gallery lesson.
#[derive(Debug)]
pub struct Lesson {
    pub id: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub entry: &'static str,
    /// The exit code node gives (the unhandled-rejection lesson crashes on purpose).
    #[allow(dead_code)]
    pub exit_code: i32,
    /// The scenario config the lesson runs with (JSON object text), or "".
    pub config: &'static str,
    pub panels: &'static [&'static str],
    pub files: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/gallery.rs"));

/// The lesson with this id.
pub fn find(id: &str) -> Option<&'static Lesson> {
    LESSONS.iter().find(|l| l.id == id)
}
