// @vitest-environment happy-dom
// A data table: a keyboard-reachable scrolling region named by its heading, column headings,
// and a caption that is read by screen readers only unless it names the region itself.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Table } from "./Table";

afterEach(cleanup);

describe("Table", () => {
  it("puts the rows under column headings in a focusable region", () => {
    render(
      <Table labelledBy="results" caption="Meetings" columns={["Meeting", "Date"]}>
        <tr>
          <td>RCGM</td>
          <td>2025-03-01</td>
        </tr>
      </Table>,
    );
    const region = screen.getByRole("region");
    expect(region.getAttribute("aria-labelledby")).toBe("results");
    expect(region.getAttribute("tabindex")).toBe("0");
    expect(screen.getAllByRole("columnheader").map((th) => [th.textContent, th.getAttribute("scope")])).toEqual([
      ["Meeting", "col"],
      ["Date", "col"],
    ]);
    expect(document.querySelector("caption")?.className).toBe("visually-hidden");
    expect(document.querySelector("tbody td")?.textContent).toBe("RCGM");
  });

  it("shows a caption that has an id, and leaves it out when there is none", () => {
    const { rerender } = render(
      <Table labelledBy="c1" caption="Commitments of 2.a" captionId="c1" columns={["Commitment"]}>
        {null}
      </Table>,
    );
    expect(document.querySelector("caption")?.className).toBe("table-caption");
    expect(document.getElementById("c1")?.textContent).toBe("Commitments of 2.a");
    rerender(
      <Table labelledBy="c1" columns={["Commitment"]}>
        {null}
      </Table>,
    );
    expect(document.querySelector("caption")).toBeNull();
  });
});
