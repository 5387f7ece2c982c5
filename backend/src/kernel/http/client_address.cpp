#include "kernel/http/client_address.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace enlace::http {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The 16 bytes of an address (IPv4 mapped into IPv6), or nothing.
std::optional<std::array<std::uint8_t, 16>> Bytes(std::string_view text) {
  text = Trim(text);
  if (text.size() > 2 && text.front() == '[' && text.back() == ']') text = text.substr(1, text.size() - 2);
  if (text.empty() || text.size() >= INET6_ADDRSTRLEN) return std::nullopt;
  std::string copy(text);
  std::array<std::uint8_t, 16> bytes{};
  in_addr v4{};
  if (inet_pton(AF_INET, copy.c_str(), &v4) == 1) {
    bytes[10] = bytes[11] = 0xff;
    std::memcpy(bytes.data() + 12, &v4, 4);
    return bytes;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, copy.c_str(), &v6) == 1) {
    std::memcpy(bytes.data(), &v6, 16);
    return bytes;
  }
  return std::nullopt;
}

bool IsMappedV4(const std::array<std::uint8_t, 16>& bytes) {
  return std::all_of(bytes.begin(), bytes.begin() + 10, [](auto b) { return b == 0; }) && bytes[10] == 0xff &&
         bytes[11] == 0xff;
}

}  // namespace

std::optional<std::string> CanonicalIp(std::string_view text) {
  auto bytes = Bytes(text);
  if (!bytes) return std::nullopt;
  char buffer[INET6_ADDRSTRLEN] = {};
  if (IsMappedV4(*bytes)) {
    inet_ntop(AF_INET, bytes->data() + 12, buffer, sizeof buffer);
  } else {
    inet_ntop(AF_INET6, bytes->data(), buffer, sizeof buffer);
  }
  return std::string(buffer);
}

std::optional<AddressSet> AddressSet::Parse(std::string_view list) {
  AddressSet set;
  std::size_t start = 0;
  while (start <= list.size()) {
    auto end = list.find(',', start);
    if (end == std::string_view::npos) end = list.size();
    auto item = Trim(list.substr(start, end - start));
    start = end + 1;
    if (item.empty()) continue;
    auto slash = item.find('/');
    auto bytes = Bytes(item.substr(0, slash));
    if (!bytes) return std::nullopt;
    Network network{*bytes, 128};
    if (slash != std::string_view::npos) {
      auto text = item.substr(slash + 1);
      int prefix = -1;
      auto [end_of_number, error] = std::from_chars(text.data(), text.data() + text.size(), prefix);
      if (error != std::errc() || end_of_number != text.data() + text.size()) return std::nullopt;
      int most = IsMappedV4(*bytes) ? 32 : 128;
      if (prefix < 0 || prefix > most) return std::nullopt;
      network.prefix = IsMappedV4(*bytes) ? prefix + 96 : prefix;
    }
    set.networks_.push_back(network);
  }
  return set;
}

bool AddressSet::Contains(std::string_view ip) const {
  auto bytes = Bytes(ip);
  if (!bytes) return false;
  for (const auto& network : networks_) {
    bool inside = true;
    for (int bit = 0; bit < network.prefix && inside; ++bit) {
      auto mask = static_cast<std::uint8_t>(0x80 >> (bit % 8));
      inside = ((*bytes)[bit / 8] & mask) == (network.bytes[bit / 8] & mask);
    }
    if (inside) return true;
  }
  return false;
}

std::string ClientAddress(std::string_view peer, const std::optional<std::string>& forwarded_for,
                          const AddressSet& trusted) {
  auto client = CanonicalIp(peer).value_or(std::string(peer));
  if (!forwarded_for || !trusted.Contains(client)) return client;
  std::string_view hops = *forwarded_for;
  while (!hops.empty()) {
    auto comma = hops.rfind(',');
    auto hop = comma == std::string_view::npos ? hops : hops.substr(comma + 1);
    hops = comma == std::string_view::npos ? std::string_view() : hops.substr(0, comma);
    auto address = CanonicalIp(hop);
    if (!address) return client;  // forged or garbled: the last hop we can vouch for
    client = *address;
    if (!trusted.Contains(client)) return client;
  }
  return client;
}

bool ForwardedHttps(bool https, std::string_view peer, const std::optional<std::string>& forwarded_proto,
                    const AddressSet& trusted) {
  if (https) return true;
  if (!forwarded_proto || !trusted.Contains(peer)) return false;
  auto proto = Trim(std::string_view(*forwarded_proto).substr(0, forwarded_proto->find(',')));
  return proto == "https";
}

}  // namespace enlace::http
