function r(){throw new Error("GraphQL subscriptions over websockets are not supported by this explorer.")}export{r as createClient};
