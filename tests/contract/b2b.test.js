'use strict';
// The contract suite for issue 16 (approvals, the order-checkout integration, the Cart API and
// incrementors): the official SDK drives onbehalf-server's demo marketplace and every answer is
// checked against the SDK's model definitions, by the rule of typings.js (strict).
process.env.NO_PROXY = '127.0.0.1,localhost';
process.env.no_proxy = process.env.NO_PROXY;

const test = require('node:test');
const assert = require('node:assert/strict');
const sdk = require('ordercloud-javascript-sdk');
const { loadModels, checkModel, checkListPage } = require('./typings');
const { startServer } = require('./server');

const CLIENT_ID = '0FF1CE00-DE5C-4000-8000-000000000001'; // "Service Desk": carries the checkout integration
const PASSWORD = 'Onbehalf#2026';
const models = loadModels();
const STRICT = { tolerant: false, mayBeAbsent: [] };

function conforms(value, model) {
  const problems = [];
  checkModel(models, value, model, model, STRICT, problems);
  assert.deepEqual(problems, [], `${model} does not match the SDK typings`);
}

function conformsList(page, model, mayBeEmpty = false) {
  const problems = [];
  checkListPage(models, page, model, `ListPage<${model}>`, STRICT, problems);
  assert.deepEqual(problems, [], `ListPage<${model}> does not match the SDK typings`);
  if (!mayBeEmpty) assert.ok(page.Items.length > 0, `ListPage<${model}> is empty: nothing was checked`);
}

function explain(promise) {
  return promise.catch((e) => {
    const req = e.response && e.response.config ? `${e.response.config.method} ${e.response.config.url}` : '';
    throw new Error(`${req}: ${e.status || ''} ${JSON.stringify(e.errors || e.message)}`);
  });
}

// The OrderCloud error a refused call answered with.
async function refusal(promise) {
  try {
    await promise;
  } catch (e) {
    return { status: e.status, code: e.errors && e.errors[0] ? e.errors[0].ErrorCode : undefined };
  }
  return { status: 0, code: 'not refused' };
}

let server;
let admin;
let agent;
let maria; // CONTOSO-APPROVERS

async function buyerToken(buyerID, userID) {
  const token = await explain(sdk.Users.GetAccessToken(buyerID, userID, {
    ClientID: CLIENT_ID, Roles: ['Shopper', 'MeAdmin', 'MeAddressAdmin', 'MeXpAdmin'],
  }, { accessToken: agent.access_token }));
  return { accessToken: token.access_token };
}

test.before(async () => {
  server = startServer();
  const base = await server.ready;
  sdk.Configuration.Set({ baseApiUrl: base, apiVersion: 'v1', clientID: CLIENT_ID, timeoutInMilliseconds: 20000 });
  admin = await explain(sdk.Auth.Login('admin01', PASSWORD, CLIENT_ID));
  agent = await explain(sdk.Auth.Login('agent01', PASSWORD, CLIENT_ID));
  maria = await explain(sdk.Auth.Login('maria.gonzalez', PASSWORD, CLIENT_ID));
});

test.after(async () => {
  if (server) await server.stop();
});

test('admin app: incrementors, approval rules, integration events', async () => {
  const opts = { accessToken: admin.access_token };
  conformsList(await explain(sdk.Incrementors.List({}, opts)), 'Incrementor');
  conforms(await explain(sdk.Incrementors.Get('orderIncrementor', opts)), 'Incrementor');
  const made = await explain(sdk.Incrementors.Create({ ID: 'contractInc', Name: 'Contract', LastNumber: 7, LeftPaddingCount: 3 }, opts));
  conforms(made, 'Incrementor');
  const patched = await explain(sdk.Incrementors.Patch('contractInc', { LeftPaddingCount: 4 }, opts));
  conforms(patched, 'Incrementor');
  assert.equal(patched.LeftPaddingCount, 4);
  await explain(sdk.Incrementors.Delete('contractInc', opts));

  const rules = await explain(sdk.ApprovalRules.List('CONTOSO', {}, opts));
  conformsList(rules, 'ApprovalRule');
  assert.equal(rules.Items[0].RuleExpression, 'order.Total > 500.00');
  const rule = await explain(sdk.ApprovalRules.Create('NORTHWIND', {
    ID: 'contract-rule', ApprovingGroupID: 'NORTHWIND-PROCUREMENT', RuleExpression: "order.xp.Contract = 'approval'",
  }, opts));
  conforms(rule, 'ApprovalRule');
  conforms(await explain(sdk.ApprovalRules.Patch('NORTHWIND', 'contract-rule', { Name: 'Contract' }, opts)), 'ApprovalRule');
  const bad = await refusal(sdk.ApprovalRules.Create('NORTHWIND', {
    ApprovingGroupID: 'NORTHWIND-PROCUREMENT', RuleExpression: 'line.Product.ID = 1',
  }, opts));
  assert.deepEqual(bad, { status: 400, code: 'ApprovalRule.InvalidRuleExpression' });

  conformsList(await explain(sdk.IntegrationEvents.List({}, opts)), 'IntegrationEvent');
  const event = await explain(sdk.IntegrationEvents.Get('onbehalf-checkout', opts));
  conforms(event, 'IntegrationEvent');
  const client = await explain(sdk.ApiClients.Get(CLIENT_ID, opts));
  assert.equal(client.OrderCheckoutIntegrationEventID, 'onbehalf-checkout');
});

test('checkout through the integration, approval and the approver (CONTOSO)', async () => {
  const buyer = await buyerToken('CONTOSO', 'CS-0001');
  const order = await explain(sdk.Orders.Create('Outgoing', { ID: 'OB-{orderIncrementor}', ShippingAddressID: 'CS-0001-WA' }, buyer));
  conforms(order, 'Order');
  assert.match(order.ID, /^OB-\d{6}$/);
  await explain(sdk.LineItems.Create('Outgoing', order.ID, { ProductID: 'SCI-KIT', Quantity: 10 }, buyer));
  await explain(sdk.LineItems.Create('Outgoing', order.ID, { ProductID: 'PPR-A4', Quantity: 3 }, buyer));

  assert.deepEqual(await refusal(sdk.Orders.Submit('Outgoing', order.ID, buyer)),
    { status: 400, code: 'Order.MissingShipMethodSelection' });
  const estimated = await explain(sdk.IntegrationEvents.EstimateShipping('Outgoing', order.ID, buyer));
  conforms(estimated, 'OrderWorksheet');
  const estimate = estimated.ShipEstimateResponse.ShipEstimates[0];
  assert.deepEqual(estimate.ShipMethods.map((m) => [m.ID, m.Cost, m.EstimatedTransitDays]),
    [['Standard', 0, 7], ['Express', 24.95, 2]]);
  const selected = await explain(sdk.IntegrationEvents.SelectShipmethods('Outgoing', order.ID, {
    ShipMethodSelections: [{ ShipEstimateID: estimate.ID, ShipMethodID: 'Express' }],
  }, buyer));
  conforms(selected, 'OrderWorksheet');
  const calculated = await explain(sdk.IntegrationEvents.Calculate('Outgoing', order.ID, buyer));
  conforms(calculated, 'OrderWorksheet');
  assert.equal(calculated.OrderCalculateResponse.ShippingTotal, 24.95);
  assert.equal(calculated.OrderCalculateResponse.TaxTotal, 52.72);
  assert.equal(calculated.Order.Total, 599.67);
  await explain(sdk.Orders.Validate('Outgoing', order.ID, buyer));
  conforms(await explain(sdk.IntegrationEvents.GetWorksheet('Outgoing', order.ID, buyer)), 'OrderWorksheet');

  const submitted = await explain(sdk.Orders.Submit('Outgoing', order.ID, buyer));
  conforms(submitted, 'Order');
  assert.equal(submitted.Status, 'AwaitingApproval');
  assert.equal(submitted.Total, 599.67);
  const approvals = await explain(sdk.Orders.ListApprovals('Outgoing', order.ID, {}, buyer));
  conformsList(approvals, 'OrderApproval');
  assert.equal(approvals.Items[0].Status, 'Pending');
  const approvers = await explain(sdk.Orders.ListEligibleApprovers('Outgoing', order.ID, {}, buyer));
  conformsList(approvers, 'User');
  assert.deepEqual(approvers.Items.map((u) => u.Username), ['maria.gonzalez']);

  const approver = { accessToken: maria.access_token };
  const approvable = await explain(sdk.Me.ListApprovableOrders({}, approver));
  conformsList(approvable, 'Order');
  assert.ok(approvable.Items.some((o) => o.ID === order.ID));
  assert.deepEqual(await refusal(sdk.Orders.Approve('Outgoing', order.ID, { Comments: 'self' }, buyer)),
    { status: 403, code: 'Order.NotEligibleApprover' });
  const approved = await explain(sdk.Orders.Approve('Outgoing', order.ID, { Comments: 'Science week' }, approver));
  conforms(approved, 'Order');
  assert.equal(approved.Status, 'Open');
  assert.ok(approved.DateApproved);
  const decided = await explain(sdk.Orders.ListApprovals('Outgoing', order.ID, {}, approver));
  conformsList(decided, 'OrderApproval');
  conforms(decided.Items[0].Approver, 'User');
  assert.equal(decided.Items[0].Comments, 'Science week');

  // A second order, declined.
  const second = await explain(sdk.Orders.Create('Outgoing', { ShippingAddressID: 'CS-0001-SHIP' }, buyer));
  await explain(sdk.LineItems.Create('Outgoing', second.ID, { ProductID: 'DEF-AED', Quantity: 1 }, buyer));
  const ws = await explain(sdk.IntegrationEvents.EstimateShipping('Outgoing', second.ID, buyer));
  await explain(sdk.IntegrationEvents.SelectShipmethods('Outgoing', second.ID, {
    ShipMethodSelections: [{ ShipEstimateID: ws.ShipEstimateResponse.ShipEstimates[0].ID, ShipMethodID: 'Standard' }],
  }, buyer));
  assert.equal((await explain(sdk.Orders.Submit('Outgoing', second.ID, buyer))).Status, 'AwaitingApproval');
  const declined = await explain(sdk.Orders.Decline('Outgoing', second.ID, { Comments: 'Over budget', AllowResubmit: false }, approver));
  conforms(declined, 'Order');
  assert.equal(declined.Status, 'Declined');
  assert.ok(declined.DateDeclined);
});

test('storefront cart (Cart API) of jane.doe, then a new cart', async () => {
  const buyer = await buyerToken('NORTHWIND', 'NW-0001');
  const cart = await explain(sdk.Cart.Get(buyer));
  conforms(cart, 'Order');
  assert.equal(cart.ID, 'SF-NW-0001-CART');
  assert.equal(cart.LineItemCount, 2);
  const lines = await explain(sdk.Cart.ListLineItems({}, buyer));
  conformsList(lines, 'LineItem');
  const added = await explain(sdk.Cart.CreateLineItem({ ProductID: 'GAU-10', Quantity: 1 }, buyer));
  conforms(added, 'LineItem');
  conforms(await explain(sdk.Cart.GetLineItem(added.ID, buyer)), 'LineItem');
  conforms(await explain(sdk.Cart.PatchLineItem(added.ID, { Quantity: 2 }, buyer)), 'LineItem');
  await explain(sdk.Cart.DeleteLineItem(added.ID, buyer));
  conforms(await explain(sdk.Cart.Patch({ Comments: 'Continued by phone' }, buyer)), 'Order');
  conforms(await explain(sdk.Cart.SetShippingAddress({
    Street1: '1200 Harbor View Drive', City: 'Seattle', State: 'WA', Zip: '98101', Country: 'US',
  }, buyer)), 'Order');
  // NORTHWIND: the integration does not act for it — nothing to select, and nothing is required.
  const ws = await explain(sdk.Cart.EstimateShipping(buyer));
  conforms(ws, 'OrderWorksheet');
  assert.equal(ws.ShipEstimateResponse.ShipEstimates.length, 0);
  conforms(await explain(sdk.Cart.Calculate(buyer)), 'OrderWorksheet');
  conforms(await explain(sdk.Cart.GetOrderWorksheet(buyer)), 'OrderWorksheet');
  await explain(sdk.Cart.Validate(buyer));
  const submitted = await explain(sdk.Cart.Submit(buyer));
  conforms(submitted, 'Order');
  assert.equal(submitted.ID, 'SF-NW-0001-CART');
  assert.equal(submitted.Status, 'Open');

  const empty = await explain(sdk.Cart.Get(buyer));
  conforms(empty, 'Order');
  assert.equal(empty.ID, null);
  await explain(sdk.Cart.CreateLineItem({ ProductID: 'GAU-10', Quantity: 1 }, buyer));
  assert.ok((await explain(sdk.Cart.Get(buyer))).ID);
  await explain(sdk.Cart.Delete(buyer));
  assert.equal((await explain(sdk.Cart.Get(buyer))).ID, null);
});
