// libFuzzer target: the JSON input layer (JsonInput::Parse and the field readers every write route
// uses) on arbitrary bodies, with the nesting cap in front of nlohmann's recursive parser (issue 9,
// item 8). A crash, a leak, a stack overflow or a hang is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "kernel/http/json_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  enlace::http::Request request;
  request.method = "POST";
  request.path = "/api/v1/meetings";
  request.headers["Content-Type"] = "application/json";
  request.body.assign(reinterpret_cast<const char*>(data), size);
  auto input = enlace::http::JsonInput::Parse(request);
  if (!input) return 0;
  (void)input->String("body");
  (void)input->NullableString("submitted_to");
  (void)input->StringList("participants");
  (void)input->Bool("heading");
  (void)input->Integer("number");
  (void)input->DateField("date");
  (void)input->NullableDate("end_date");
  (void)input->Localized("text");
  (void)input->Raw("place");
  (void)input->Finish();
  return 0;
}
