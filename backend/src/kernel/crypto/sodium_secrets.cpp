#include "kernel/crypto/sodium_secrets.hpp"

#include <sodium.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace enlace {

void InitializeCrypto() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

SodiumPasswordHasher::SodiumPasswordHasher(PasswordCost cost)
    : opslimit_(cost == PasswordCost::kInteractive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN),
      memlimit_(cost == PasswordCost::kInteractive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN) {
  InitializeCrypto();
}

std::string SodiumPasswordHasher::Hash(std::string_view password) const {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), opslimit_, memlimit_,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("out of memory while hashing a password");
  }
  return out;
}

bool SodiumPasswordHasher::Verify(std::string_view hash, std::string_view password) const {
  if (hash.size() >= crypto_pwhash_STRBYTES) return false;
  std::string terminated(hash);
  return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

std::string SodiumSecretGenerator::Token(std::size_t bytes) const {
  std::vector<unsigned char> random(bytes);
  randombytes_buf(random.data(), random.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), random.data(), random.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

std::string SodiumSecretGenerator::Password() const {
  // 4 groups of 5 from 54 symbols without look-alikes (0/O, 1/l/I): about 115 bits.
  static constexpr std::string_view kAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::string password;
  for (int group = 0; group < 4; ++group) {
    if (group > 0) password.push_back('-');
    for (int i = 0; i < 5; ++i) {
      password.push_back(kAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kAlphabet.size()))]);
    }
  }
  return password;
}

std::string SodiumSecretGenerator::Sha256Hex(std::string_view data) const {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace enlace
