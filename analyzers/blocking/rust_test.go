package blocking

import "testing"

func TestLookupRust(t *testing.T) {
	blocks := map[string]string{
		"std::thread::sleep":                                   "sleep std::thread::sleep",
		"std::fs::read_to_string":                              "file std::fs::read_to_string",
		"std::fs::remove_dir_all":                              "file std::fs::remove_dir_all",
		"std::fs::File::open":                                  "file std::fs::File::open",
		"std::fs::File::open().read_to_end":                    "file std::fs::File::read_to_end",
		"std::fs::File::create().by_ref().write_all":           "file std::fs::File::write_all",
		"<std::fs::File>.sync_all":                             "file std::fs::File::sync_all",
		"std::fs::OpenOptions::new().read().write().open":      "file std::fs::OpenOptions::open",
		"std::fs::File::options().append().open().write":       "file std::fs::File::write",
		"std::net::TcpStream::connect":                         "net std::net::TcpStream::connect",
		"std::net::TcpStream::connect().read_exact":            "net std::net::TcpStream::read_exact",
		"<std::net::TcpListener>.accept":                       "net std::net::TcpListener::accept",
		"std::net::UdpSocket::bind().send_to":                  "net std::net::UdpSocket::send_to",
		"std::process::Command::new().arg().env().output":      "process std::process::Command::output",
		"<std::process::Command>.status":                       "process std::process::Command::status",
		"std::process::Command::new().spawn().wait":            "process std::process::Child::wait",
		"reqwest::blocking::get":                               "http reqwest::blocking::get",
		"reqwest::blocking::get().text":                        "http reqwest::blocking::Response::text",
		"reqwest::blocking::Client::new().post().json().send":  "http reqwest::blocking::RequestBuilder::send",
		"reqwest::blocking::Client::builder().timeout().build": "http reqwest::blocking::ClientBuilder::build",
		"std::io::stdin().read_line":                           "input std::io::Stdin::read_line",
		"std::io::stdin().lock().lines":                        "input std::io::Stdin::lines",
	}
	checkRust(t, blocks, []string{
		"", "sleep", "tokio::time::sleep", "tokio::fs::read_to_string", "tokio::fs::File::open().read_to_end",
		"std::fs::File::options", "std::fs::OpenOptions::new().read", "std::fs::File::open().await.read",
		"std::fs::File::open().seek", "std::fs::File::open().close().read", "std::fs::DirEntry::path",
		"std::fs::File", "std::fsx::read", "std::fs::", "std::process::Command::new", "std::process::Command::new().arg",
		"std::process::Command::new().spawn", "std::io::stdin", "std::io::stdin().lock",
		"reqwest::blocking::Client::builder", "reqwest::blocking::Client::new().get",
		"reqwest::get", "reqwest::Client::new().get().send", "<std::fs::File>.field.read", "<Server>.load",
		"std::thread::spawn", "std::net::TcpStream::connect().set_nodelay", "std::fs::read(). bad",
	})
}

// checkRust looks up each callee of blocks (callee -> "family name") and
// of quiet (not blocking).
func checkRust(t *testing.T, blocks map[string]string, quiet []string) {
	t.Helper()
	for callee, want := range blocks {
		b, name, ok := LookupRust(callee)
		if got := b.Family + " " + name; !ok || got != want {
			t.Errorf("LookupRust(%q) = %q, %v; want %q", callee, got, ok, want)
		}
		if ok && b.Instead == "" {
			t.Errorf("LookupRust(%q): no alternative", callee)
		}
	}
	for _, callee := range quiet {
		if b, name, ok := LookupRust(callee); ok {
			t.Errorf("LookupRust(%q) = %v %q, want not blocking", callee, b, name)
		}
	}
}
