// The few pieces of ncursesw that do not import into Swift as they are: macros, globals
// that Swift 6 treats as shared mutable state, and tiny signal handlers.
#ifndef HEP_CNCURSESW_SHIM_H
#define HEP_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags; without these the wide-character API vanishes.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <poll.h>
#include <langinfo.h>
#include <ncursesw/curses.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static inline WINDOW *hep_stdscr(void) { return stdscr; }
static inline int hep_lines(void) { return LINES; }
static inline int hep_cols(void) { return COLS; }
static inline attr_t hep_a_bold(void) { return A_BOLD; }
static inline attr_t hep_a_reverse(void) { return A_REVERSE; }
static inline attr_t hep_a_dim(void) { return A_DIM; }
static inline attr_t hep_a_underline(void) { return A_UNDERLINE; }
static inline attr_t hep_color_pair(int n) { return COLOR_PAIR(n); }
static inline int hep_key_resize(void) { return KEY_RESIZE; }

// Drawing and input through the macros the importer cannot see.
static inline void hep_put(int y, int x, const char *text, attr_t attrs) {
    attrset(attrs);
    mvaddstr(y, x, text);
}
static inline int hep_get(int timeout_ms, wint_t *ch) {
    timeout(timeout_ms);
    return get_wch(ch);
}
// One byte or key, for a locale that is not UTF-8, where get_wch refuses every byte above
// 127 and drops what was typed after it. Same results as get_wch.
static inline int hep_get_byte(int timeout_ms, wint_t *ch) {
    timeout(timeout_ms);
    int c = getch();
    if (c == ERR) return ERR;
    *ch = (wint_t)c;
    return c >= KEY_MIN ? KEY_CODE_YES : OK;
}
static inline void hep_unget_byte(int b) { ungetch(b); }
// Whether the terminal went away (its input hung up), which a closed window may signal
// without a SIGHUP reaching hep.
static inline int hep_input_hung_up(void) {
    struct pollfd p = {0, POLLIN, 0};
    return poll(&p, 1, 0) == 1 && (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}
static inline void hep_erase(void) { erase(); }
static inline void hep_refresh(void) { refresh(); }
static inline void hep_clearok(void) { clearok(stdscr, TRUE); }
// The arrows in both encodings: some terminals send ESC [ A (normal cursor keys) even
// after keypad mode asked for ESC O A, and terminfo names only one of them.
static inline void hep_keypad(void) {
    keypad(stdscr, TRUE);
    define_key("\033[A", KEY_UP);
    define_key("\033[B", KEY_DOWN);
    define_key("\033[C", KEY_RIGHT);
    define_key("\033[D", KEY_LEFT);
    define_key("\033OA", KEY_UP);
    define_key("\033OB", KEY_DOWN);
    define_key("\033OC", KEY_RIGHT);
    define_key("\033OD", KEY_LEFT);
}

// SIGHUP, SIGINT and SIGTERM only raise a flag; the main loop sees it when get_wch
// returns (at the latest after its timeout) and saves and leaves in ordinary code.
static volatile sig_atomic_t hep_stop_signal = 0;
static inline void hep_on_stop_signal(int sig) { hep_stop_signal = sig; }
static inline int hep_take_stop_signal(void) {
    int sig = hep_stop_signal;
    hep_stop_signal = 0;
    return sig;
}
static inline void hep_install_stop_handlers(void) {
    // hep may be started with signals blocked (launchers and test harnesses pass their
    // masks on); ncurses and hep rely on them, so the main thread starts from none.
    sigset_t set;
    sigemptyset(&set);
    sigprocmask(SIG_SETMASK, &set, 0);
    signal(SIGWINCH, SIG_DFL);  // ncurses installs its own resize handler over the default
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = hep_on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGHUP, &sa, 0);
    sigaction(SIGINT, &sa, 0);
    sigaction(SIGTERM, &sa, 0);
}

// A Swift trap (SIGILL/SIGTRAP) or a crash would leave the terminal in the alternate
// screen with echo off: put it back, then let the signal do what it would have done.
static inline void hep_on_crash(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}
static inline void hep_install_crash_handlers(void) {
    int sigs[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE};
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) signal(sigs[i], hep_on_crash);
}

// Whether the locale's character set is UTF-8 (after setlocale).
static inline int hep_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#endif
