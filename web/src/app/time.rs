//! Time control: the replay cursor, playback, stepping by event / callback / loop iteration, and the
//! editor line that follows the running callback.

use super::*;

impl App {
    pub(super) fn set_cursor(&mut self, c: usize) {
        let len = self.replay.borrow().len();
        self.cursor = c.min(len);
        self.follow = false;
        self.sync_active_line();
        dom::post_to_parent(
            &json!({ "source": "looplab", "type": "event", "name": "stepChanged", "step": self.cursor }),
        );
    }

    pub(super) fn set_playing(&mut self, ctx: &Context<Self>, on: bool) {
        self.playing = on;
        self.ticker = on.then(|| {
            let link = ctx.link().clone();
            let period = (1000 / self.speed.max(1)).max(16);
            Interval::new(period, move || link.send_message(Msg::Tick))
        });
    }

    pub(super) fn navigate(&mut self, ctx: &Context<Self>, nav: Nav) {
        let len = self.replay.borrow().len();
        let c = self.cursor;
        let target = {
            let r = self.replay.borrow();
            match nav {
                Nav::Seek(n) => Some(n),
                Nav::NextEvent => Some(c + 1),
                Nav::PrevEvent => Some(c.saturating_sub(1)),
                Nav::NextCallback => Some(r.next_callback(c).unwrap_or(len)),
                Nav::PrevCallback => Some(r.prev_callback(c).unwrap_or(0)),
                Nav::NextIteration => Some(r.next_iteration(c).unwrap_or(len)),
                Nav::PrevIteration => Some(r.prev_iteration(c).unwrap_or(0)),
                Nav::Start => Some(0),
                Nav::End => Some(len),
                Nav::TogglePlay | Nav::Speed(_) => None,
            }
        };
        match (nav, target) {
            (Nav::TogglePlay, _) => {
                if !self.playing && self.cursor >= len {
                    self.cursor = 0;
                }
                self.set_playing(ctx, !self.playing);
            }
            (Nav::Speed(s), _) => {
                self.speed = s;
                if self.playing {
                    self.set_playing(ctx, true);
                }
            }
            (_, Some(t)) => self.set_cursor(t),
            _ => {}
        }
    }

    /// Highlights the line of the innermost running user code at the cursor.
    pub(super) fn sync_active_line(&self) {
        let Some(ed) = &self.editor else { return };
        let view = self.replay.borrow().view_at(self.cursor);
        let replay = self.replay.borrow();
        let site = view.stack.iter().rev().find_map(|e| {
            let site = replay.describe(*e).1?;
            self.scenario.file(&site.file).is_some().then_some(site)
        });
        match site {
            Some(s) => {
                let _ = ed.set_active_line(&s.file, s.line);
            }
            None => {
                let _ = ed.set_active_line(&self.active, 0);
            }
        }
    }
}
