/** English text of the API clients pages and of the API's authentication problems (issue 18). */
export const apiClientsText = {
  problems: {
    unauthorizedTitle: "Authentication required",
    missingToken: "Send an access token from POST /oauth/token in the Authorization header, after the word Bearer.",
    invalidToken: "The access token is not valid: it has expired, was not issued by this register, or has been changed.",
    inactiveClient: "The API client of this access token has been revoked or has expired.",
    forbiddenTitle: "Insufficient scope",
    insufficientScope: "This request needs the scope {scope}, which the access token does not have.",
    tooManyTitle: "Too many requests",
    tooMany: "This API client has sent more than {limit} requests in a minute. Wait and try again.",
  },
} as const;
