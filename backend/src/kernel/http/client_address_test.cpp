#include "kernel/http/client_address.hpp"

#include <gtest/gtest.h>

namespace enlace::http {
namespace {

AddressSet Trusted(std::string_view list) { return *AddressSet::Parse(list); }

TEST(ClientAddressTest, WithoutTrustedProxiesTheHeaderIsIgnored) {
  EXPECT_EQ(ClientAddress("203.0.113.7", "198.51.100.1", AddressSet{}), "203.0.113.7");
}

TEST(ClientAddressTest, AnUntrustedPeerIsTheClientWhateverItForwards) {
  EXPECT_EQ(ClientAddress("203.0.113.7", "198.51.100.1", Trusted("127.0.0.1")), "203.0.113.7");
}

TEST(ClientAddressTest, TheRightmostUntrustedHopIsTheClient) {
  auto trusted = Trusted("127.0.0.1,10.0.0.0/8");
  EXPECT_EQ(ClientAddress("127.0.0.1", "198.51.100.1", trusted), "198.51.100.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "198.51.100.1, 10.1.2.3", trusted), "198.51.100.1");
  // What the client wrote itself comes first: rotating it changes nothing.
  EXPECT_EQ(ClientAddress("127.0.0.1", "1.1.1.1, 198.51.100.1", trusted), "198.51.100.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "2.2.2.2, 198.51.100.1", trusted), "198.51.100.1");
}

TEST(ClientAddressTest, AnEntryThatIsNotAnAddressNeverBecomesTheClient) {
  auto trusted = Trusted("127.0.0.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "not-an-ip<script>", trusted), "127.0.0.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "198.51.100.1, not-an-ip<script>", trusted), "127.0.0.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "", trusted), "127.0.0.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", "1.2.3.4\r\nforged", trusted), "127.0.0.1");
}

TEST(ClientAddressTest, AddressesAreCanonical) {
  EXPECT_EQ(CanonicalIp(" 2001:DB8:0:0::1 "), "2001:db8::1");
  EXPECT_EQ(CanonicalIp("::ffff:10.0.0.1"), "10.0.0.1");
  EXPECT_EQ(CanonicalIp("[::1]"), "::1");
  EXPECT_FALSE(CanonicalIp("10.0.0.256"));
  EXPECT_FALSE(CanonicalIp("localhost"));
}

TEST(AddressSetTest, NetworksContainTheirAddressesOnly) {
  auto set = Trusted("10.0.0.0/8, 192.168.1.1, fd00::/8");
  EXPECT_TRUE(set.Contains("10.200.3.4"));
  EXPECT_FALSE(set.Contains("11.0.0.1"));
  EXPECT_TRUE(set.Contains("192.168.1.1"));
  EXPECT_FALSE(set.Contains("192.168.1.2"));
  EXPECT_TRUE(set.Contains("fd12::1"));
  EXPECT_FALSE(set.Contains("fe80::1"));
  EXPECT_TRUE(set.Contains("::ffff:10.0.0.1"));
  EXPECT_FALSE(set.Contains("garbage"));
  EXPECT_FALSE(AddressSet::Parse("10.0.0.0/33"));
  EXPECT_FALSE(AddressSet::Parse("proxy.example"));
  EXPECT_TRUE(AddressSet::Parse("")->empty());
}

TEST(ForwardedHttpsTest, OnlyATrustedPeerSaysTheClientUsedHttps) {
  auto trusted = Trusted("127.0.0.1");
  EXPECT_TRUE(ForwardedHttps(false, "127.0.0.1", "https", trusted));
  EXPECT_FALSE(ForwardedHttps(false, "203.0.113.7", "https", trusted));
  EXPECT_FALSE(ForwardedHttps(false, "127.0.0.1", "http", trusted));
  EXPECT_TRUE(ForwardedHttps(true, "203.0.113.7", std::nullopt, trusted));
}

}  // namespace
}  // namespace enlace::http
