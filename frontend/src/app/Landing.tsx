// What "/" shows: an officer's home is their country's page, the TS's is the follow-up overview,
// everyone else gets the welcome page with the sections they may open. The pages keep their own
// addresses too; App keys a page by its route, so moving between "/" and "/country/HN" mounts the
// page anew (and its heading takes focus).

import { canSeeFollowUpOverview } from "../domain/access";
import { followUpRoutes } from "../features/followUp/routes";
import { HomePage } from "../features/home/HomePage";
import { useUser } from "./session";

export default function Landing() {
  const user = useUser();
  if (user.role === "country_officer" && user.country) {
    const CountryPage = followUpRoutes.country.page;
    return <CountryPage code={user.country} />;
  }
  if (canSeeFollowUpOverview(user)) {
    const FollowUpPage = followUpRoutes.followUp.page;
    return <FollowUpPage />;
  }
  return <HomePage />;
}
