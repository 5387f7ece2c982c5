// Who a request comes from when the server sits behind proxies it trusts (issue 9, finding 5).
//
// A proxy appends the address it received a request from to X-Forwarded-For, so the entries a
// client wrote itself come first and the last entries were written by our proxies. The client is
// the rightmost entry that is not one of our trusted proxies; an entry that is not an IP address
// stops the walk and the last trusted hop's peer is used instead.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace enlace::http {

// An IP address in its canonical text ("10.0.0.1", "2001:db8::1"; an IPv4-mapped IPv6 address as
// IPv4), or nothing when `text` is not an address.
std::optional<std::string> CanonicalIp(std::string_view text);

// A set of addresses and networks: "127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8".
class AddressSet {
 public:
  // From a comma-separated list; nothing when an entry is malformed.
  static std::optional<AddressSet> Parse(std::string_view list);
  bool Contains(std::string_view ip) const;
  bool empty() const { return networks_.empty(); }

 private:
  struct Network {
    std::array<std::uint8_t, 16> bytes{};  // IPv4 as IPv4-mapped IPv6
    int prefix = 128;
  };
  std::vector<Network> networks_;
};

// The client's address: the peer's, unless the peer is a trusted proxy; then the rightmost entry
// of X-Forwarded-For that is not a trusted proxy (see above).
std::string ClientAddress(std::string_view peer, const std::optional<std::string>& forwarded_for,
                          const AddressSet& trusted);

// Whether the client reached us over HTTPS: `https` (the server is only served so), or a trusted
// peer's X-Forwarded-Proto says so.
bool ForwardedHttps(bool https, std::string_view peer, const std::optional<std::string>& forwarded_proto,
                    const AddressSet& trusted);

}  // namespace enlace::http
